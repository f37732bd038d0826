package nl.vangnet.dossier;

public enum DossierStatus {
    OPEN, CLOSED
}
