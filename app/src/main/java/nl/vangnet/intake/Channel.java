package nl.vangnet.intake;

/** How a contact reached Veilig Thuis. Advice requests come by phone, e-mail, post or chat. */
public enum Channel {
    PHONE, EMAIL, POST, CHAT, WEB_FORM, POLICE_NOTICE, IN_PERSON;

    public boolean allowedForAdvice() {
        return this == PHONE || this == EMAIL || this == POST || this == CHAT;
    }
}
