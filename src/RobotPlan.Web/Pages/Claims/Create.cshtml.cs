using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.Localization;
using RobotPlan.Subsidies;
using RobotPlan.SubsidyClaims;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Claims;

/// <summary>A new insurance-compensation claim: an open programme and one of the enterprise's policy years.</summary>
[Authorize(P.Claims.Apply)]
public sealed class CreateClaimModel(ISubsidyClaimAppService claims, IInsurancePolicyAppService policies, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public IReadOnlyList<ClaimProgramDto> Programs { get; private set; } = [];
    public IReadOnlyList<InsurancePolicyDto> Policies { get; private set; } = [];

    [BindProperty] public ClaimForm Input { get; set; } = new();

    public sealed class ClaimForm
    {
        [Required] public Guid? ProgramId { get; set; }
        [Required] public Guid? PolicyId { get; set; }
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

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
        Programs = (await claims.GetOpenProgramsAsync(ct)).Where(p => p.Kind == SubsidyKind.InsuranceCompensation).ToList();
        Policies = (await policies.GetListAsync(new GetInsurancePoliciesInput { MaxResultCount = 100 }, ct)).Items;
    }
}
