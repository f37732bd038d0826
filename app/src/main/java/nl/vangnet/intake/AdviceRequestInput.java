package nl.vangnet.intake;

import java.util.List;

/** An advice request as the API and the form send it; values stay text until validated. */
public record AdviceRequestInput(String receivedAt, String channel, Seeker seeker, String concern,
        List<String> violenceTypes, String adviceGiven, String agreement, String callBackOn,
        List<ReportInput.PersonInput> persons, String teamId) {

    /** The advice seeker; a made-up name is allowed and marked as such. */
    public record Seeker(String name, Boolean madeUpName, String type, String category, String organisation) {
    }
}
