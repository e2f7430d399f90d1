using RobotPlan.FirstUnitInsurance;
using P = RobotPlan.Permissions.RobotPlanPermissions;

namespace RobotPlan.Web.Pages.FirstUnitInsurance;

/// <summary>The manufacturer's 首台（套）policies: register one (with its insured units) and record the premium payment with proof.</summary>
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
        /// <summary>A first-unit policy often covers several units: a fixed set of rows, the empty ones ignored (no script needed).</summary>
        public List<UnitRow> Units { get; set; } = [];
    }

    /// <summary>One insured unit; all optional here because an empty row is allowed — a row with any value must be complete.</summary>
    public sealed class UnitRow
    {
        public Guid? ProductId { get; set; }
        [StringLength(64)] public string? SerialNumber { get; set; }
        [StringLength(32)] public string? BuyerUscc { get; set; }
        [StringLength(128)] public string? BuyerName { get; set; }
        [StringLength(64)] public string? ContractNumber { get; set; }
        public DateOnly? DeliveryDate { get; set; }
        [Range(0.01, 10_000_000_000)] public decimal? UnitValue { get; set; }

        public bool IsEmpty => ProductId is null && string.IsNullOrWhiteSpace(SerialNumber) && string.IsNullOrWhiteSpace(BuyerUscc)
            && string.IsNullOrWhiteSpace(BuyerName) && string.IsNullOrWhiteSpace(ContractNumber) && DeliveryDate is null && UnitValue is null;
    }

    public const int UnitRows = 5;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken ct)
    {
        // The form's row index of each filled row, so the service's "units[i]" errors land on the row the user filled.
        var filled = Enumerable.Range(0, Input.Units.Count).Where(i => !Input.Units[i].IsEmpty).ToList();
        if (filled.Count == 0) ModelState.AddModelError("Input.Units", L["ClaimPage:NoUnits"].Value);
        foreach (var i in filled) RequireComplete(i, Input.Units[i]);
        if (ModelState.IsValid)
        {
            try
            {
                await policies.RegisterAsync(new RegisterInsurancePolicyDto
                {
                    Insurer = Input.Insurer, PolicyNumber = Input.PolicyNumber, PeriodStart = Input.PeriodStart!.Value, PeriodEnd = Input.PeriodEnd!.Value,
                    Premium = Input.Premium, SumInsured = Input.SumInsured, LiabilityLimit = Input.LiabilityLimit, PreviousPolicyId = Input.PreviousPolicyId,
                    Units = filled.Select(i => Input.Units[i]).Select(u => new InsuredUnitDto
                    {
                        ProductId = u.ProductId!.Value, SerialNumber = u.SerialNumber!.Trim(), BuyerUscc = u.BuyerUscc!.Trim(), BuyerName = u.BuyerName!.Trim(),
                        ContractNumber = u.ContractNumber!.Trim(), DeliveryDate = u.DeliveryDate!.Value, UnitValue = u.UnitValue!.Value,
                    }).ToList(),
                }, ct);
                TempData["Message"] = L["Common:Saved"].Value;
                return RedirectToPage();
            }
            catch (Exception e) when (PageErrors.IsUserFacing(e))
            {
                ModelState.Add(e, L, UnitFieldMap(filled));
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

    /// <summary>A filled row must have every field; the message names the row and the field as its label reads.</summary>
    private void RequireComplete(int row, UnitRow u)
    {
        void Require(bool present, string field, string label)
        {
            if (present) return;
            var message = L["ClaimPage:UnitRowError", row + 1, L["Validation:Required", L[label].Value].Value].Value;
            ModelState.AddModelError($"Input.Units[{row}].{field}", message);
        }
        Require(u.ProductId is not null, nameof(UnitRow.ProductId), "ClaimPage:Product");
        Require(!string.IsNullOrWhiteSpace(u.SerialNumber), nameof(UnitRow.SerialNumber), "ClaimPage:SerialNumber");
        Require(!string.IsNullOrWhiteSpace(u.BuyerUscc), nameof(UnitRow.BuyerUscc), "ClaimPage:BuyerUscc");
        Require(!string.IsNullOrWhiteSpace(u.BuyerName), nameof(UnitRow.BuyerName), "ClaimPage:BuyerName");
        Require(!string.IsNullOrWhiteSpace(u.ContractNumber), nameof(UnitRow.ContractNumber), "ClaimPage:ContractNumber");
        Require(u.DeliveryDate is not null, nameof(UnitRow.DeliveryDate), "ClaimPage:DeliveryDate");
        Require(u.UnitValue is not null, nameof(UnitRow.UnitValue), "ClaimPage:UnitValue");
    }

    /// <summary>The service numbers only the filled rows: its "units[k].field" is the form's row filled[k].</summary>
    private static Dictionary<string, string> UnitFieldMap(IReadOnlyList<int> filled)
    {
        string[] fields = ["productId", "serialNumber", "buyerUscc", "buyerName", "contractNumber", "deliveryDate", "unitValue"];
        var map = new Dictionary<string, string>();
        for (var k = 0; k < filled.Count; k++)
        {
            map[$"units[{k}]"] = $"Input.Units[{filled[k]}]";
            foreach (var f in fields) map[$"units[{k}].{f}"] = $"Input.Units[{filled[k]}].{char.ToUpperInvariant(f[0])}{f[1..]}";
        }
        return map;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        // Always show the full set of rows, keeping what the user typed when the form comes back with errors.
        while (Input.Units.Count < UnitRows) Input.Units.Add(new UnitRow());
        Items = (await policies.GetListAsync(new GetInsurancePoliciesInput { MaxResultCount = 100 }, ct)).Items;
        Products = (await products.GetListAsync(new GetProductsInput { MaxResultCount = 100 }, ct)).Items;
    }
}
