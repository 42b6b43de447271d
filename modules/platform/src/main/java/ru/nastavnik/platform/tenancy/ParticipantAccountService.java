package ru.nastavnik.platform.tenancy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import ru.nastavnik.platform.BusinessRuleProblem;
import ru.nastavnik.platform.BusinessRuleProblem.FieldError;
import ru.nastavnik.platform.ParticipantAccounts;
import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantId;

/** {@link ParticipantAccounts} on the platform's account table. */
@Service
class ParticipantAccountService implements ParticipantAccounts {

	static final int MIN_LENGTH = 10;

	/**
	 * The passwords tried first by anyone guessing (lower case; a password containing one of them is refused; the
	 * longest one found is named).
	 */
	static final java.util.List<String> COMMON = java.util.stream.Stream.of("1234567890", "0987654321", "qwertyuiop", "йцукенгшщз", "password",
			"пароль", "qwerty", "123123", "111111", "000000", "abc123", "iloveyou", "admin", "nastavnik", "наставник",
			"letmein", "welcome", "12345678", "87654321")
		.sorted(java.util.Comparator.comparingInt(String::length).reversed())
		.toList();

	private final TenancyStore store;

	private final PasswordEncoder passwordEncoder;

	ParticipantAccountService(TenancyStore store, PasswordEncoder passwordEncoder) {
		this.store = store;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	@Transactional
	public ParticipantAccount create(NewParticipantAccount request) {
		var errors = new ArrayList<FieldError>();
		String username = request.username() == null ? "" : request.username().trim();
		if (!TenancyService.USERNAME.matcher(username).matches()) {
			errors.add(new FieldError("username",
					"Имя пользователя: от 2 до 80 латинских букв, цифр, точек, дефисов или подчёркиваний, первой — буква или цифра"));
		}
		else if (store.accountByUsername(username).isPresent()) {
			errors.add(new FieldError("username", "Имя пользователя «" + username + "» уже занято, выберите другое"));
		}
		checkPassword(username, request.password()).ifPresent(reason -> errors.add(new FieldError("password", reason)));
		if (request.password() != null && !request.password().equals(request.passwordRepeat())) {
			errors.add(new FieldError("passwordRepeat", "Пароли не совпадают: введите тот же пароль ещё раз"));
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleProblem(BusinessRuleProblem.Kind.INVALID, "Учётная запись не создана: исправьте ошибки",
					errors);
		}
		if (store.participantAccount(request.tenantId(), request.participantId()).isPresent()) {
			throw BusinessRuleProblem.conflict("participantId",
					"У участника уже есть учётная запись: войдите с её именем пользователя и паролем");
		}
		return view(insert(request.tenantId(), request.participantId(), request.representative(), username,
				request.password(), request.displayName()));
	}

	@Override
	@Transactional
	public Optional<ParticipantAccount> createDemo(TenantId tenantId, UUID participantId, boolean representative,
			String username, String password, String displayName) {
		if (store.accountByUsername(username).isPresent() || store.participantAccount(tenantId, participantId).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(view(insert(tenantId, participantId, representative, username, password, displayName)));
	}

	private Account insert(TenantId tenantId, UUID participantId, boolean representative, String username,
			String password, String displayName) {
		if (tenantId == null || participantId == null) {
			throw new IllegalArgumentException("a participant account needs its tenant and participant");
		}
		var account = new Account(UUID.randomUUID(), username, passwordEncoder.encode(password),
				StringUtils.hasText(displayName) ? displayName.trim() : username, Role.PARTICIPANT, tenantId, null, null,
				true, Instant.now(), participantId, representative);
		store.insert(account);
		return account;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ParticipantAccount> of(TenantId tenantId, UUID participantId) {
		return store.participantAccount(tenantId, participantId).map(ParticipantAccountService::view);
	}

	@Override
	@Transactional
	public boolean disable(TenantId tenantId, UUID participantId) {
		return store.disableParticipantAccounts(tenantId, participantId) > 0;
	}

	@Override
	public Optional<String> checkPassword(String username, String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of("Придумайте пароль: не короче " + MIN_LENGTH + " символов, с буквами и цифрами");
		}
		if (password.length() < MIN_LENGTH) {
			return Optional.of("Пароль слишком короткий: " + password.length() + " " + symbols(password.length())
					+ ", нужно не меньше " + MIN_LENGTH);
		}
		if (password.length() > 200) {
			return Optional.of("Пароль слишком длинный: не больше 200 символов");
		}
		boolean letter = password.codePoints().anyMatch(Character::isLetter);
		boolean digit = password.codePoints().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			return Optional.of("Пароль слишком простой: в нём должны быть и буквы, и цифры");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (password.codePoints().distinct().count() < 5) {
			return Optional.of("Пароль слишком простой: в нём должно быть не меньше 5 разных символов");
		}
		for (String common : COMMON) {
			if (lower.contains(common)) {
				return Optional.of("Пароль слишком простой: в нём есть «" + common
						+ "» — такие сочетания подбирают первыми");
			}
		}
		if (StringUtils.hasText(username) && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("Пароль не должен содержать имя пользователя");
		}
		return Optional.empty();
	}

	private static String symbols(int n) {
		int mod10 = n % 10;
		int mod100 = n % 100;
		if (mod10 == 1 && mod100 != 11) {
			return "символ";
		}
		if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
			return "символа";
		}
		return "символов";
	}

	private static ParticipantAccount view(Account a) {
		return new ParticipantAccount(a.id(), a.username(), a.displayName(), a.participantId(), a.representative(),
				a.enabled(), a.createdAt());
	}
}
