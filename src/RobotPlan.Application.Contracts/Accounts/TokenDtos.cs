using System.ComponentModel.DataAnnotations;

namespace RobotPlan.Accounts;

/// <summary>The second step of API sign-in (ADR 0005): the challenge from the first step and one TOTP or recovery code.</summary>
public sealed class TwoFactorTokenDto : IValidatableObject
{
    [Required, StringLength(2048)]
    public string ChallengeToken { get; set; } = "";

    /// <summary>The six digits the authenticator app shows (spaces allowed).</summary>
    [StringLength(10), RegularExpression("^[0-9 ]+$")]
    public string? Code { get; set; }

    /// <summary>Instead of <see cref="Code"/>: one of the recovery codes shown when the second factor was set up.</summary>
    [StringLength(32)]
    public string? RecoveryCode { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Code) == string.IsNullOrWhiteSpace(RecoveryCode))
            // The JSON name: error keys are the names the client sent.
            yield return new ValidationResult("Send either code or recoveryCode.", ["code"]);
    }
}

public sealed class RefreshTokenDto
{
    [Required, StringLength(4096)]
    public string RefreshToken { get; set; } = "";
}
