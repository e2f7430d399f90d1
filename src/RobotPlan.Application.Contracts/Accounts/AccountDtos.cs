using System.ComponentModel.DataAnnotations;
using RobotPlan.Enterprises;
using RobotPlan.Identity;

namespace RobotPlan.Accounts;

/// <summary>One form: the enterprise user's account and the enterprise's profile, created together.</summary>
public sealed class RegisterEnterpriseDto
{
    [Required, StringLength(64, MinimumLength = 3), RegularExpression("^[A-Za-z0-9_.@-]+$")]
    public string UserName { get; set; } = "";

    [Required, StringLength(UserConsts.MaxPasswordLength, MinimumLength = UserConsts.MinPasswordLength)]
    public string Password { get; set; } = "";

    [Required, StringLength(64)]
    public string DisplayName { get; set; } = "";

    [Required, StringLength(32)]
    public string Uscc { get; set; } = "";

    [Required, StringLength(EnterpriseConsts.MaxLegalNameLength)]
    public string LegalName { get; set; } = "";

    [Required, StringLength(EnterpriseConsts.MaxAddressLength)]
    public string Address { get; set; } = "";

    /// <summary>Empty: the district the USCC's division code names; a contradicting choice is refused (issue #14).</summary>
    public Guid? JurisdictionId { get; set; }

    [Required]
    public ContactDto Contact { get; set; } = null!;
}

public sealed record RegisteredEnterpriseDto(Guid UserId, Guid EnterpriseId, string Uscc);

public sealed class LoginDto
{
    [Required, StringLength(64)]
    public string UserName { get; set; } = "";

    [Required, StringLength(128)]
    public string Password { get; set; } = "";
}
