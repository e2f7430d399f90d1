using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Payouts;

/// <summary>R-42's queue for a person (needs attention) and R-43's held payments; held items of unapproved batches show on their batch.</summary>
[Authorize(P.Payouts.Default)]
public sealed class AttentionModel(IPaymentAppService payments, IPayoutBatchAppService batches) : PageModel
{
    public IReadOnlyList<PaymentDto> NeedsAttention { get; private set; } = [];
    public IReadOnlyList<PaymentDto> Held { get; private set; } = [];
    public IReadOnlyList<PayoutBatchDto> BatchesWithHeldItems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        NeedsAttention = (await payments.GetListAsync(new GetPaymentsInput { Status = PaymentStatus.NeedsAttention, MaxResultCount = 200 }, ct)).Items;
        Held = (await payments.GetListAsync(new GetPaymentsInput { Status = PaymentStatus.Held, MaxResultCount = 200 }, ct)).Items;
        var open = new List<PayoutBatchDto>();
        foreach (var s in new[] { PayoutBatchStatus.Draft, PayoutBatchStatus.Submitted, PayoutBatchStatus.Approved, PayoutBatchStatus.Executing })
            open.AddRange((await batches.GetListAsync(new GetPayoutBatchesInput { Status = s, MaxResultCount = 100 }, ct)).Items);
        BatchesWithHeldItems = open.Where(b => b.HeldCount > 0).ToList();
    }
}
