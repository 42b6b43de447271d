package ru.nastavnik.platform.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ru.nastavnik.platform.AccessDeniedProblem;
import ru.nastavnik.platform.CurrentUsers;
import ru.nastavnik.platform.security.ApiTokenAuthentication;
import ru.nastavnik.platform.security.ApiTokens;

/** The signed-in user's personal API tokens: create (shown once), list with the last use, revoke, and their audit log. */
@RestController
@Tag(name = "API-токены", description = "Персональные токены для программ и скриптов: Authorization: Bearer <токен>")
public class ApiTokenApiController {

	private final CurrentUsers users;

	private final ApiTokens tokens;

	public ApiTokenApiController(CurrentUsers users, ApiTokens tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	public record NewToken(String name, Integer validDays) {
	}

	@GetMapping("/api/me/tokens")
	@Operation(summary = "Мои API-токены: название, начало токена, срок действия, последнее использование, состояние")
	public List<ApiTokens.TokenView> list() {
		return tokens.list(users.require().accountId());
	}

	@PostMapping("/api/me/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Выпустить API-токен (показывается один раз; срок действия 1–365 дней). "
			+ "Токен действует с ролью и муниципалитетом владельца; выпустить новый токен по токену нельзя")
	public ApiTokens.CreatedToken create(@RequestBody NewToken request) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
			throw new AccessDeniedProblem("По API-токену нельзя выпустить новый токен: войдите паролем");
		}
		return tokens.create(users.require().accountId(), request.name(), request.validDays());
	}

	@DeleteMapping("/api/me/tokens/{id}")
	@Operation(summary = "Отозвать свой API-токен (действует сразу; на других экземплярах приложения — в течение 10 секунд)")
	public ApiTokens.TokenView revoke(@PathVariable UUID id) {
		return tokens.revoke(users.require().accountId(), id);
	}

	@GetMapping("/api/me/tokens/uses")
	@Operation(summary = "Журнал использования моих токенов (новые первыми; по одному токену — параметр tokenId)")
	public List<ApiTokens.TokenUse> uses(@RequestParam(required = false) UUID tokenId,
			@RequestParam(defaultValue = "50") int limit) {
		return tokens.uses(users.require().accountId(), tokenId, Math.max(1, Math.min(limit, 500)));
	}
}
