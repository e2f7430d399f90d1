namespace RobotPlan.Web.Hosting;

/// <summary>
/// Gives every validation attribute without a message of its own the key "Validation:{Attribute}", so DataAnnotations
/// localization finds its zh-Hans/en text in the JSON files. [EmailAddress], [Phone], [Url] and the other
/// DataTypeAttributes carry ASP.NET's English default as their ErrorMessage (not null), so a message equal to what a
/// new instance carries counts as none (issue #16 item 3: "The 电子邮箱 field is not a valid e-mail address.").
/// </summary>
internal sealed class LocalizedValidationMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessageResourceName is null && (attribute.ErrorMessage is null || IsFrameworkDefault(attribute)))
                attribute.ErrorMessage = "Validation:" + attribute.GetType().Name.Replace("Attribute", "", StringComparison.Ordinal);
        }
    }

    private static bool IsFrameworkDefault(ValidationAttribute attribute) =>
        attribute is DataTypeAttribute && attribute.GetType().GetConstructor(Type.EmptyTypes) is { } constructor
        && ((ValidationAttribute)constructor.Invoke(null)).ErrorMessage == attribute.ErrorMessage;
}
