namespace RobotPlan.Web.Hosting;

/// <summary>
/// Gives every validation attribute without a message the key "Validation:{Attribute}", so DataAnnotations
/// localization finds its zh-Hans/en text in the JSON files.
/// </summary>
internal sealed class LocalizedValidationMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null)
                attribute.ErrorMessage = "Validation:" + attribute.GetType().Name.Replace("Attribute", "", StringComparison.Ordinal);
        }
    }
}
