using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.Localization;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyClaims;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Claims;

/// <summary>A new insurance-compensation claim: an open programme and one of the enterprise's policy years.</summary>
[Authorize(P.Claims.Apply)]
public sealed class CreateClaimModel(ISubsidyClaimAppService claims, IInsurancePolicyAppService policies, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public IReadOnlyList<ClaimProgramDto> Programs { get; private set; } = [];
    public IReadOnlyList<ClaimProgramDto> RewardPrograms { get; private set; } = [];

    /// <summary>Bound by its own handler only, so posting the compensation form does not validate it.</summary>
    public RewardForm Reward { get; set; } = new();

    /// <summary>The buyer names the product by its first-unit catalog number, as printed on the public listing.</summary>
    public sealed class RewardForm
    {
        [Required] public Guid? ProgramId { get; set; }
        [Required, StringLength(32)] public string ListingNumber { get; set; } = "";
        [Required, StringLength(SubsidyClaimConsts.MaxSerialNumberLength)] public string SerialNumber { get; set; } = "";
        [Required, StringLength(SubsidyClaimConsts.MaxContractNumberLength)] public string ContractNumber { get; set; } = "";
        [Required] public DateOnly? ContractDate { get; set; }
        [Required] public DateOnly? DeliveryDate { get; set; }
        [Range(typeof(decimal), "0.01", "100000000000")] public decimal ContractPrice { get; set; }
    }
    public IReadOnlyList<InsurancePolicyDto> Policies { get; private set; } = [];

    [BindProperty] public ClaimForm Input { get; set; } = new();

    public sealed class ClaimForm
    {
        [Required] public Guid? ProgramId { get; set; }
        [Required] public Guid? PolicyId { get; set; }
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostRewardAsync([FromForm(Name = "Reward")] RewardForm reward, CancellationToken ct)
    {
        Reward = reward;
        // Only the reward form is posted: the compensation form's fields are not part of this request.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("Reward.", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (ModelState.IsValid)
        {
            try
            {
                var product = await claims.FindListedProductAsync(Reward.ListingNumber, ct);
                if (product is null) ModelState.AddModelError("Reward.ListingNumber", L["ClaimPage:ListingNotFound"].Value);
                else
                {
                    var claim = await claims.CreateRewardAsync(new CreateRewardClaimDto
                    {
                        ProgramId = Reward.ProgramId,
                        Purchase = new RewardPurchaseInput
                        {
                            ProductId = product.ProductId, SerialNumber = Reward.SerialNumber, ContractNumber = Reward.ContractNumber,
                            ContractDate = Reward.ContractDate, DeliveryDate = Reward.DeliveryDate, ContractPrice = Reward.ContractPrice,
                        },
                    }, ct);
                    return RedirectToPage("Details", new { id = claim.Id });
                }
            }
            catch (Exception e) when (PageErrors.IsUserFacing(e))
            {
                ModelState.Add(e, L, new Dictionary<string, string> { ["purchase.contractPrice"] = "Reward.ContractPrice", ["programId"] = "Reward.ProgramId" });
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var claim = await claims.CreateCompensationAsync(new CreateCompensationClaimDto { ProgramId = Input.ProgramId, PolicyId = Input.PolicyId }, ct);
                return RedirectToPage("Details", new { id = claim.Id });
            }
            catch (Exception e) when (PageErrors.IsUserFacing(e))
            {
                ModelState.Add(e, L);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var open = await claims.GetOpenProgramsAsync(ct);
        Programs = open.Where(p => p.Kind == SubsidyKind.InsuranceCompensation).ToList();
        RewardPrograms = open.Where(p => p.Kind == SubsidyKind.FirstPurchaseReward).ToList();
        Policies = (await policies.GetListAsync(new GetInsurancePoliciesInput { MaxResultCount = 100 }, ct)).Items;
    }
}
