using RobotPlan.Credit;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Enterprises;

[Authorize(P.Enterprises.Default)]
public sealed class DetailsModel(IEnterpriseAppService enterprises, ICreditRecordAppService credit, IPublicCreditAppService publicCredit,
    IAuthorizationService authorization) : PageModel
{
    public EnterpriseDto Enterprise { get; private set; } = null!;

    /// <summary>
    /// Records in force about the enterprise or its products: every kind for those who keep or read the credit
    /// files, otherwise what the public list shows (serious dishonesty in force).
    /// </summary>
    public IReadOnlyList<PublicCreditRecordDto> Credit { get; private set; } = [];
    public bool SeesAllCredit { get; private set; }
    public bool CanRecordCredit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Enterprise = await enterprises.GetAsync(id, ct);
        }
        catch (EntityNotFoundException)
        {
            // Outside the reviewer's scope looks the same as missing (S-A).
            return NotFound();
        }
        SeesAllCredit = (await authorization.AuthorizeAsync(User, P.Credit.Default)).Succeeded;
        CanRecordCredit = (await authorization.AuthorizeAsync(User, P.Credit.Manage)).Succeeded;
        Credit = SeesAllCredit
            ? (await credit.GetListAsync(new() { EnterpriseId = id, State = CreditRecordState.InForce, MaxResultCount = 100 }, ct)).Items
                .Select(r => new PublicCreditRecordDto(r.SubjectKind, r.SubjectName, r.SubjectUscc, r.Kind, r.Reason, r.DocumentNumber,
                    r.DocumentDate, r.EffectiveFrom, r.EffectiveTo)).ToList()
            : (await publicCredit.GetListAsync(new() { EnterpriseId = id, MaxResultCount = 100 }, ct)).Items;
        return Page();
    }
}
