using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RobotPlan.Files;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.Localization;
using RobotPlan.SeedWork;
using RobotPlan.SubsidyAwards;
using RobotPlan.SubsidyClaims;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Claims;

/// <summary>
/// One claim: what it covers, the pre-check while it is with the enterprise, its R-62 history, the acts the caller may take in
/// the current step (the claim's AllowedActions; the service checks again), and the award's explanation.
/// </summary>
[Authorize(P.Claims.Default)]
public sealed class ClaimDetailsModel(ISubsidyClaimAppService claims, IAwardAppService awards, IInsurancePolicyAppService policies,
    ICurrentUser currentUser, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public SubsidyClaimDto Claim { get; private set; } = null!;
    public ClaimPreCheckDto? PreCheck { get; private set; }
    public AwardExplanationDto? Award { get; private set; }
    /// <summary>For a reviewer in the claim's current step: the amount with its lines as confirmation would fix it, before the budget is committed.</summary>
    public ClaimComputationDto? ReviewEstimate { get; private set; }
    /// <summary>A compensation claim's policy: insurer, premium and its payment proof, for whoever may read policies.</summary>
    public InsurancePolicyDto? Policy { get; private set; }
    public IFormFile? Upload { get; set; }

    /// <summary>The reward claim's purchase as the edit form shows it: the posted values after a refusal, else the claim's.</summary>
    public PurchaseForm? Purchase { get; private set; }

    /// <summary>R-34's purchase, editable while the claim is with its owner; the product stays the one the claim was made for.</summary>
    public sealed class PurchaseForm
    {
        [Required, StringLength(SubsidyClaimConsts.MaxSerialNumberLength)] public string SerialNumber { get; set; } = "";
        [Required, StringLength(SubsidyClaimConsts.MaxContractNumberLength)] public string ContractNumber { get; set; } = "";
        [Required] public DateOnly? ContractDate { get; set; }
        [Required] public DateOnly? DeliveryDate { get; set; }
        [Range(typeof(decimal), "0.01", "100000000000")] public decimal ContractPrice { get; set; }
        [Required, StringLength(40)] public string ConcurrencyStamp { get; set; } = "";
    }

    /// <summary>The purchase and documents are edited while the owner may submit the claim (draft or returned).</summary>
    public bool IsEditable => Claim.AllowedActions.Contains(SubsidyClaimAct.Submit);

    /// <summary>The allowed acts taken with one button, and those that need a reason (return, reject).</summary>
    public IEnumerable<SubsidyClaimAct> PlainActs => Claim.AllowedActions.Where(a => !NeedsReason(a));
    public IReadOnlyList<SubsidyClaimAct> ReasonedActs => [.. Claim.AllowedActions.Where(NeedsReason)];

    private static bool NeedsReason(SubsidyClaimAct act) => act is SubsidyClaimAct.Return or SubsidyClaimAct.Reject;

    public Task OnGetAsync(Guid id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, [FromForm(Name = "Action")] ClaimTransitionDto input, CancellationToken ct) =>
        ActAsync(id, () => claims.SubmitAsync(id, input, ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, [FromForm(Name = "Action")] ClaimTransitionDto input, CancellationToken ct) =>
        ActAsync(id, () => claims.WithdrawAsync(id, input, ct), ct);

    public Task<IActionResult> OnPostDistrictApproveAsync(Guid id, [FromForm(Name = "Action")] ClaimTransitionDto input, CancellationToken ct) =>
        ActAsync(id, () => claims.DistrictApproveAsync(id, input, ct), ct);

    public Task<IActionResult> OnPostMunicipalApproveAsync(Guid id, [FromForm(Name = "Action")] ClaimTransitionDto input, CancellationToken ct) =>
        ActAsync(id, () => claims.MunicipalApproveAsync(id, input, ct), ct);

    public Task<IActionResult> OnPostFinanceConfirmAsync(Guid id, [FromForm(Name = "Action")] ClaimTransitionDto input, CancellationToken ct) =>
        ActAsync(id, () => claims.FinanceConfirmAsync(id, input, ct), ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, [FromForm(Name = "Reason")] ClaimReasonTransitionDto input, CancellationToken ct) =>
        ActAsync(id, () => claims.ReturnAsync(id, input, ct), ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, [FromForm(Name = "Reason")] ClaimReasonTransitionDto input, CancellationToken ct) =>
        ActAsync(id, () => claims.RejectAsync(id, input, ct), ct);

    public async Task<IActionResult> OnPostUploadAsync(Guid id, [FromForm] ClaimDocumentKind? kind, [FromForm(Name = "Upload")] IFormFile? upload,
        CancellationToken ct)
    {
        try
        {
            if (upload is null || kind is not { } k || !Enum.IsDefined(k)) throw new BusinessException(Errors.RobotPlanErrorCodes.UploadEmpty, "file");
            await using var content = upload.OpenReadStream();
            await claims.AttachDocumentAsync(id, k, new FileUpload(content, upload.FileName, upload.Length), ct);
            return RedirectToPage("Details", new { id });
        }
        catch (Exception e) when (this.TryShow(e, L, "Input"))
        {
        }
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPurchaseAsync(Guid id, [FromForm(Name = "Purchase")] PurchaseForm input, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var claim = await claims.GetAsync(id, ct);
                // A compensation claim has no purchase: the service refuses it; this only avoids a null here.
                var productId = claim.Purchase?.ProductId ?? claim.ProductId;
                await claims.UpdateRewardAsync(id, new UpdateRewardClaimDto
                {
                    ConcurrencyStamp = input.ConcurrencyStamp,
                    Purchase = new RewardPurchaseInput
                    {
                        ProductId = productId, SerialNumber = input.SerialNumber.Trim(), ContractNumber = input.ContractNumber.Trim(),
                        ContractDate = input.ContractDate, DeliveryDate = input.DeliveryDate, ContractPrice = input.ContractPrice,
                    },
                }, ct);
                TempData["Message"] = L["Common:Saved"].Value;
                return RedirectToPage("Details", new { id });
            }
            catch (Exception e) when (PageErrors.IsUserFacing(e) && e is not EntityNotFoundException)
            {
                ModelState.Add(e, L, PurchaseFields);
            }
        }
        Purchase = input;
        await LoadAsync(id, ct);
        return Page();
    }

    private static readonly Dictionary<string, string> PurchaseFields = new()
    {
        ["purchase.serialNumber"] = "Purchase.SerialNumber", ["purchase.contractNumber"] = "Purchase.ContractNumber",
        ["purchase.contractDate"] = "Purchase.ContractDate", ["purchase.deliveryDate"] = "Purchase.DeliveryDate",
        ["purchase.contractPrice"] = "Purchase.ContractPrice", ["purchase.productId"] = string.Empty, ["purchase"] = string.Empty,
    };

    /// <summary>A refused act re-renders the claim with the reasons: each failed rule, a rule's message, or the 409 message.</summary>
    private async Task<IActionResult> ActAsync(Guid id, Func<Task<SubsidyClaimDto>> act, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var claim = await act();
                TempData["Message"] = L["ClaimPage:ActionDone", L.ClaimStatus(claim.Status)].Value;
                return RedirectToPage("Details", new { id });
            }
            catch (ClaimNotEligibleException e)
            {
                ModelState.AddModelError(string.Empty, L[e.Code].Value);
                foreach (var failure in e.Failures) ModelState.AddModelError(string.Empty, $"{L[failure.ReasonCode].Value} {failure.SerialNumber}");
            }
            catch (Exception e) when (PageErrors.IsUserFacing(e) && e is not EntityNotFoundException)
            {
                ModelState.Add(e, L, new Dictionary<string, string>());
            }
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Claim = await claims.GetAsync(id, ct);
        if (IsEditable) PreCheck = await claims.PreCheckAsync(id, ct);
        // A reviewer at the current step (finance above all) sees the amount before acting.
        else if (Claim.AllowedActions.Contains(SubsidyClaimAct.Return)) ReviewEstimate = (await claims.PreCheckAsync(id, ct)).Estimate;
        if (Claim.PolicyId is { } policyId && currentUser.HasPermission(P.Insurance.Default)) Policy = await policies.GetAsync(policyId, ct);
        if (IsEditable && Claim.Purchase is { } p)
        {
            Purchase ??= new PurchaseForm
            {
                SerialNumber = p.SerialNumber, ContractNumber = p.ContractNumber, ContractDate = p.ContractDate, DeliveryDate = p.DeliveryDate,
                ContractPrice = p.ContractPrice,
            };
            // Always the current stamp: a refused save may be retried over the claim as it now is.
            Purchase.ConcurrencyStamp = Claim.ConcurrencyStamp;
        }
        if (Claim.AwardId is not null) Award = await awards.GetExplanationAsync(id, ct);
    }
}
