using System.ComponentModel.DataAnnotations;
using RobotPlan.Dtos;

namespace RobotPlan.Enterprises;

public sealed record ContactDto(
    [Required, StringLength(EnterpriseConsts.MaxContactNameLength)] string Name,
    [Required, Phone, StringLength(EnterpriseConsts.MaxPhoneLength)] string Phone,
    [Required, EmailAddress, StringLength(EnterpriseConsts.MaxEmailLength)] string Email);

public sealed record BankAccountDto(
    [Required, StringLength(EnterpriseConsts.MaxLegalNameLength)] string AccountName,
    [Required, StringLength(EnterpriseConsts.MaxBankNameLength)] string BankName,
    [Required, RegularExpression("^[0-9]{8,40}$"), StringLength(EnterpriseConsts.MaxBankAccountNumberLength)] string AccountNumber);

public sealed record EnterpriseDto(
    Guid Id, string Uscc, string LegalName, string Address, Guid JurisdictionId, string? JurisdictionName,
    ContactDto Contact, BankAccountDto? BankAccount, bool IsCrossRegionException, EnterpriseVerificationStatus VerificationStatus,
    string? LegalRepresentative, DateTime CreationTime, string ConcurrencyStamp);

public sealed class UpdateEnterpriseDto
{
    [Required, StringLength(EnterpriseConsts.MaxLegalNameLength)]
    public string LegalName { get; set; } = "";

    [Required, StringLength(EnterpriseConsts.MaxAddressLength)]
    public string Address { get; set; } = "";

    [Required]
    public ContactDto Contact { get; set; } = null!;

    public BankAccountDto? BankAccount { get; set; }

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = "";
}

public sealed class GetEnterprisesInput : PagedAndSortedResultRequestDto
{
    [StringLength(128)]
    public string? Keyword { get; set; }

    public Guid? JurisdictionId { get; set; }

    /// <summary>e.g. Submitted: the district reviewer's verification list (issue #14).</summary>
    public EnterpriseVerificationStatus? VerificationStatus { get; set; }
}

public sealed class GrantCrossRegionExemptionDto
{
    [Required, StringLength(32)]
    public string Uscc { get; set; } = "";

    [Required, StringLength(500)]
    public string Reason { get; set; } = "";
}

public sealed record CrossRegionExemptionDto(Guid Id, string Uscc, string Reason, DateTime CreationTime);
