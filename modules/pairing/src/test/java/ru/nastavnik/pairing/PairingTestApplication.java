package ru.nastavnik.pairing;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the pairing module alone (with the platform) for its module tests. */
@SpringBootApplication
public class PairingTestApplication {
}
