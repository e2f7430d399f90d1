using RobotPlan.Validation;

namespace RobotPlan.Web.Pages.Enterprises;

/// <summary>The profile form, flat: the bank account is optional as a whole, so its fields are checked together.</summary>
public sealed class MineInput : IValidatableObject
{
    [Required, StringLength(EnterpriseConsts.MaxLegalNameLength)] public string LegalName { get; set; } = "";
    [Required, StringLength(EnterpriseConsts.MaxAddressLength)] public string Address { get; set; } = "";
    [Required, StringLength(EnterpriseConsts.MaxContactNameLength)] public string ContactName { get; set; } = "";
    [Required, ChinesePhone, StringLength(EnterpriseConsts.MaxPhoneLength)] public string ContactPhone { get; set; } = "";
    [Required, EmailAddress, StringLength(EnterpriseConsts.MaxEmailLength)] public string ContactEmail { get; set; } = "";
    [StringLength(EnterpriseConsts.MaxLegalNameLength)] public string? BankAccountName { get; set; }
    [StringLength(EnterpriseConsts.MaxBankNameLength)] public string? BankName { get; set; }
    [RegularExpression("^[0-9]{8,40}$")] public string? BankAccountNumber { get; set; }
    [Required, StringLength(40)] public string ConcurrencyStamp { get; set; } = "";

    /// <summary>How the app service's field names appear in this form.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["contact.name"] = "Input.ContactName",
        ["contact.phone"] = "Input.ContactPhone",
        ["contact.email"] = "Input.ContactEmail",
        ["bankAccount.accountName"] = "Input.BankAccountName",
        ["bankAccount.bankName"] = "Input.BankName",
        ["bankAccount.accountNumber"] = "Input.BankAccountNumber",
    };

    private bool HasBankAccount =>
        !string.IsNullOrWhiteSpace(BankAccountName) || !string.IsNullOrWhiteSpace(BankName) || !string.IsNullOrWhiteSpace(BankAccountNumber);

    public static MineInput From(EnterpriseDto e) => new()
    {
        LegalName = e.LegalName, Address = e.Address,
        ContactName = e.Contact.Name, ContactPhone = e.Contact.Phone, ContactEmail = e.Contact.Email,
        BankAccountName = e.BankAccount?.AccountName, BankName = e.BankAccount?.BankName, BankAccountNumber = e.BankAccount?.AccountNumber,
        ConcurrencyStamp = e.ConcurrencyStamp,
    };

    public UpdateEnterpriseDto ToDto() => new()
    {
        LegalName = LegalName,
        Address = Address,
        Contact = new ContactDto(ContactName, ContactPhone, ContactEmail),
        BankAccount = HasBankAccount ? new BankAccountDto(BankAccountName!.Trim(), BankName!.Trim(), BankAccountNumber!.Trim()) : null,
        ConcurrencyStamp = ConcurrencyStamp,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!HasBankAccount) yield break;
        var L = (IStringLocalizer)validationContext.GetService(typeof(IStringLocalizer<RobotPlanResource>))!;
        // Part of an account is no account: all three or none.
        foreach (var (value, field, label) in new[]
                 {
                     (BankAccountName, nameof(BankAccountName), "Enterprises:BankAccountName"),
                     (BankName, nameof(BankName), "Enterprises:BankName"),
                     (BankAccountNumber, nameof(BankAccountNumber), "Enterprises:BankAccountNumber"),
                 })
        {
            if (string.IsNullOrWhiteSpace(value)) yield return new(L["Validation:Required", L[label]], [field]);
        }
    }
}
