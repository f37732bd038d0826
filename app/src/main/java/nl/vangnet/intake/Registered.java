package nl.vangnet.intake;

import java.util.UUID;

/** A registration's answer: the record, whether a retry found the first one, and what the registrar may see. */
public record Registered<T>(UUID id, boolean replayed, T view) {
}
