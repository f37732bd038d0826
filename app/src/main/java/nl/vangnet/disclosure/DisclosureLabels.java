package nl.vangnet.disclosure;

/**
 * The closed lists in Dutch, as the OpenAPI description names them (the pages take the same labels from the messages
 * bundles: {@code disclosure.ground.*}, {@code disclosure.item.*}, {@code disclosure.kind.*};
 * {@code DisclosureLabelsTest} keeps both in step).
 */
public final class DisclosureLabels {

    public static final String GROUNDS = "De wettelijke grondslag (gesloten lijst; zonder grondslag wordt niets verstrekt): "
            + "CONSENT: Toestemming van de betrokkenen; "
            + "LEGAL_DUTY_IGJ_CALAMITY: Wettelijke plicht: Inspectie Gezondheidszorg en Jeugd (calamiteit); "
            + "LEGAL_DUTY_CERTIFIED_INSTITUTION: Wettelijke plicht: gecertificeerde instelling (ondertoezichtstelling); "
            + "LEGAL_DUTY_BW_NOTICE: Wettelijke plicht: kennisgeving aan het college van B&W (verzoek tot onderzoek aan de Raad); "
            + "CHILD_PROTECTION_RVDK: Bescherming van een kind: Raad voor de Kinderbescherming; "
            + "CHILD_PROTECTION_OTHER_VEILIG_THUIS: Bescherming van een kind: een andere Veilig Thuis-organisatie; "
            + "CHILD_PROTECTION_JUDICIARY: Bescherming van een kind: rechterlijke macht of Openbaar Ministerie; "
            + "CHILD_PROTECTION_CENTRAL_AUTHORITY: Bescherming van een kind: Centrale autoriteit voor internationale kinderaangelegenheden; "
            + "CARE_PROVIDER_DIRECTLY_INVOLVED: Rechtstreeks betrokken hulpverlening, voor zover de taak van Veilig Thuis dat vraagt (lokaal team, zorgaanbieder); "
            + "PREVENT_SERIOUS_HARM: Voorkomen van ernstig nadeel, een misdrijf of gevaar: politie, Zorg- en Veiligheidshuis; "
            + "BILLING_CONTROL: Controle op de declaratie: de gemeente; "
            + "VIR_SIGNAL: Signaal aan de Verwijsindex risicojongeren (VIR; ESAR in Flevoland); "
            + "INVESTIGATION_NECESSITY: Zonder toestemming noodzakelijk om huiselijk geweld of kindermishandeling te beëindigen of te onderzoeken (Wmo 2015 art. 5.2.6).";

    public static final String ITEMS = "De verstrekte gegevens (een of meer): "
            + "NAME: Naam; DATE_OF_BIRTH: Geboortedatum; BSN: BSN; ADDRESS: Adres; CONTACT_DETAILS: Contactgegevens; "
            + "CONCERN: De zorg en waarom informatie nodig is; REPORT: Melding; ASSESSMENT: Veiligheidsbeoordeling; "
            + "FOLLOW_UP: Vervolg (traject, voorwaarden, onderzoek); JOURNAL: Journaal; DOCUMENTS: Documenten; "
            + "SERVICES_DELIVERED: Geleverde diensten; VEILIG_THUIS_CONTACT: Naam en contactgegevens van Veilig Thuis; "
            + "SIGNAL_DATE: Datum van het signaal.";

    public static final String KINDS = "De soort uitwisseling: "
            + "OTHER: Andere uitwisseling; HANDOVER: Overdracht; "
            + "RVDK_REQUEST: Verzoek tot onderzoek aan de Raad voor de Kinderbescherming; BW_NOTICE: Kennisgeving aan B&W; "
            + "INFORMATION_REQUEST: Informatieverzoek aan een professional; VIR_SIGNAL: Signaal aan de Verwijsindex; "
            + "BILLING_EXPORT: Declaratie-export aan de gemeente; REGION_TRANSFER: Overdracht aan een andere Veilig Thuis-regio.";

    private DisclosureLabels() {
    }
}
