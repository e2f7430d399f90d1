using RobotPlan.Identity;

namespace RobotPlan.Users;

/// <summary>A user as administrators see it; never the password hash or security stamp.</summary>
public sealed record UserDto(
    Guid Id, string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles,
    Guid? EnterpriseId, Guid? JurisdictionId, Guid? TestingBodyId, bool IsActive, bool IsLockedOut, DateTime CreationTime,
    bool TwoFactorEnabled);

public sealed class GetUsersInput : PagedAndSortedResultRequestDto
{
    [StringLength(64)]
    public string? Keyword { get; set; }

    [StringLength(32)]
    public string? Role { get; set; }
}

/// <summary>An enterprise a user can be bound to, as the binding field lists it.</summary>
public sealed record BindableEnterpriseDto(Guid Id, string LegalName, string Uscc);

/// <summary>The unit a user acts for (domain.md §2); the create and change-role forms share these fields.</summary>
public interface IUserBindingInput
{
    Guid? EnterpriseId { get; }
    Guid? JurisdictionId { get; }
    Guid? TestingBodyId { get; }
}

public sealed class CreateUserDto : IUserBindingInput
{
    [Required, StringLength(UserConsts.MaxUserNameLength, MinimumLength = UserConsts.MinUserNameLength), RegularExpression(UserConsts.UserNamePattern)]
    public string UserName { get; set; } = "";

    [Required, StringLength(UserConsts.MaxPasswordLength, MinimumLength = UserConsts.MinPasswordLength)]
    public string Password { get; set; } = "";

    [Required, StringLength(UserConsts.MaxDisplayNameLength)]
    public string DisplayName { get; set; } = "";

    [EmailAddress, StringLength(UserConsts.MaxEmailLength)]
    public string? Email { get; set; }

    /// <summary>One of <see cref="RobotPlanRoles.All"/>; it decides which binding is required.</summary>
    [Required, StringLength(32)]
    public string Role { get; set; } = "";

    public Guid? EnterpriseId { get; set; }
    public Guid? JurisdictionId { get; set; }
    public Guid? TestingBodyId { get; set; }
}

/// <summary>The security administrator gives a user another role (and the binding that role needs).</summary>
public sealed class ChangeRoleDto : IUserBindingInput
{
    /// <summary>One of <see cref="RobotPlanRoles.All"/>.</summary>
    [Required, StringLength(32)]
    public string Role { get; set; } = "";

    public Guid? EnterpriseId { get; set; }
    public Guid? JurisdictionId { get; set; }
    public Guid? TestingBodyId { get; set; }
}

public sealed class ResetPasswordDto
{
    [Required, StringLength(UserConsts.MaxPasswordLength, MinimumLength = UserConsts.MinPasswordLength)]
    public string NewPassword { get; set; } = "";
}
