package nl.vangnet.followup.web;

import java.util.ArrayList;
import java.util.List;
import nl.vangnet.followup.RestrainingOrders;

/** The registration of a restraining order as typed; it keeps everything when the form is refused. */
public class RestrainingOrderForm {

    private String startsAt;
    private String orderedOutPersonId;
    private List<String> protectedPersonIds = new ArrayList<>();
    private boolean childAbuseReason;
    private String consultedAt;
    private String consultationSummary;

    public String getStartsAt() { return startsAt; }
    public void setStartsAt(String startsAt) { this.startsAt = startsAt; }
    public String getOrderedOutPersonId() { return orderedOutPersonId; }
    public void setOrderedOutPersonId(String orderedOutPersonId) { this.orderedOutPersonId = orderedOutPersonId; }
    public List<String> getProtectedPersonIds() { return protectedPersonIds; }
    public void setProtectedPersonIds(List<String> protectedPersonIds) { this.protectedPersonIds = protectedPersonIds; }
    public boolean isChildAbuseReason() { return childAbuseReason; }
    public void setChildAbuseReason(boolean childAbuseReason) { this.childAbuseReason = childAbuseReason; }
    public String getConsultedAt() { return consultedAt; }
    public void setConsultedAt(String consultedAt) { this.consultedAt = consultedAt; }
    public String getConsultationSummary() { return consultationSummary; }
    public void setConsultationSummary(String consultationSummary) { this.consultationSummary = consultationSummary; }

    /** What the service validates; the moments typed in the browser are read as Dutch time. */
    RestrainingOrders.NewOrder toNewOrder() {
        return new RestrainingOrders.NewOrder(FollowUpPages.toOffset(startsAt), orderedOutPersonId,
                protectedPersonIds == null ? List.of() : List.copyOf(protectedPersonIds), childAbuseReason,
                FollowUpPages.toOffset(consultedAt), consultationSummary);
    }
}
