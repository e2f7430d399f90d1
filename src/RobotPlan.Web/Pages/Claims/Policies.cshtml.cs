using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using RobotPlan.Files;
using RobotPlan.FirstUnitInsurance;
using RobotPlan.Localization;
using RobotPlan.Products;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.Claims;

/// <summary>The manufacturer's 首台（套）policies: register one (with its insured unit) and record the premium payment with proof.</summary>
[Authorize(P.Insurance.Manage)]
public sealed class PoliciesModel(IInsurancePolicyAppService policies, IProductAppService products, IStringLocalizer<RobotPlanResource> L) : PageModel
{
    public IReadOnlyList<InsurancePolicyDto> Items { get; private set; } = [];
    public IReadOnlyList<ProductDto> Products { get; private set; } = [];

    [BindProperty] public PolicyForm Input { get; set; } = new();
    public IFormFile? Upload { get; set; }

    public sealed class PolicyForm
    {
        [Required, StringLength(128)] public string Insurer { get; set; } = "";
        [Required, StringLength(64)] public string PolicyNumber { get; set; } = "";
        [Required] public DateOnly? PeriodStart { get; set; }
        [Required] public DateOnly? PeriodEnd { get; set; }
        [Range(0.01, 1_000_000_000)] public decimal Premium { get; set; }
        [Range(0.01, 100_000_000_000)] public decimal SumInsured { get; set; }
        [Range(0.01, 100_000_000_000)] public decimal LiabilityLimit { get; set; }
        public Guid? PreviousPolicyId { get; set; }
        [Required] public Guid? ProductId { get; set; }
        [Required, StringLength(64)] public string SerialNumber { get; set; } = "";
        [Required, StringLength(32)] public string BuyerUscc { get; set; } = "";
        [Required, StringLength(128)] public string BuyerName { get; set; } = "";
        [Required, StringLength(64)] public string ContractNumber { get; set; } = "";
        [Required] public DateOnly? DeliveryDate { get; set; }
        [Range(0.01, 10_000_000_000)] public decimal UnitValue { get; set; }
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await policies.RegisterAsync(new RegisterInsurancePolicyDto
                {
                    Insurer = Input.Insurer, PolicyNumber = Input.PolicyNumber, PeriodStart = Input.PeriodStart!.Value, PeriodEnd = Input.PeriodEnd!.Value,
                    Premium = Input.Premium, SumInsured = Input.SumInsured, LiabilityLimit = Input.LiabilityLimit, PreviousPolicyId = Input.PreviousPolicyId,
                    Units =
                    [
                        new InsuredUnitDto
                        {
                            ProductId = Input.ProductId!.Value, SerialNumber = Input.SerialNumber, BuyerUscc = Input.BuyerUscc, BuyerName = Input.BuyerName,
                            ContractNumber = Input.ContractNumber, DeliveryDate = Input.DeliveryDate!.Value, UnitValue = Input.UnitValue,
                        },
                    ],
                }, ct);
                TempData["Message"] = L["Common:Saved"].Value;
                return RedirectToPage();
            }
            catch (Exception e) when (PageErrors.IsUserFacing(e))
            {
                ModelState.Add(e, L, new Dictionary<string, string> { ["units[0].productId"] = "Input.ProductId", ["units[0].buyerUscc"] = "Input.BuyerUscc" });
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPremiumAsync(Guid id, [FromForm] decimal premiumPaid, [FromForm(Name = "Upload")] IFormFile? upload, CancellationToken ct)
    {
        try
        {
            if (upload is null) throw new SeedWork.BusinessException(Errors.RobotPlanErrorCodes.UploadEmpty, "file");
            await using var content = upload.OpenReadStream();
            await policies.RecordPremiumPaymentAsync(id, new RecordPremiumPaymentDto { PremiumPaid = premiumPaid },
                new FileUpload(content, upload.FileName, upload.Length), ct);
            TempData["Message"] = L["Common:Saved"].Value;
            return RedirectToPage();
        }
        catch (Exception e) when (this.TryShow(e, L, "Input"))
        {
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = (await policies.GetListAsync(new GetInsurancePoliciesInput { MaxResultCount = 100 }, ct)).Items;
        Products = (await products.GetListAsync(new GetProductsInput { MaxResultCount = 100 }, ct)).Items;
    }
}
