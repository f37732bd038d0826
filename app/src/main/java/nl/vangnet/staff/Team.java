package nl.vangnet.staff;

import java.util.UUID;

public record Team(UUID id, String name) {
}
