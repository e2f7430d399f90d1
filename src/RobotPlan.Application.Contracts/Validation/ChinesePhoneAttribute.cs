using System.Text.RegularExpressions;

namespace RobotPlan.Validation;

/// <summary>
/// Issue #16 item 7: a phone number someone can actually call in China: a mobile number (11 digits from 13x to 19x,
/// optionally +86), a landline with its area code (023-6800 0000, 0236800000, an extension after "-"), or a 400/800
/// service number. ASP.NET's [Phone] takes "12345". Spaces are ignored; empty passes (Required says whether one is needed).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed partial class ChinesePhoneAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string text || text.Length == 0 || Pattern().IsMatch(text.Replace(" ", "", StringComparison.Ordinal));

    [GeneratedRegex(@"^((\+?86-?)?1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|[48]00-?\d{3}-?\d{4})$")]
    private static partial Regex Pattern();
}
