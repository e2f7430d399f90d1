namespace RobotPlan.Web.Hosting;

/// <summary>
/// S-D: every DateTime/DateOnly the API or a page binds (JSON body, form, query, route) must lie in 1900–2100.
/// 0001-01-01 or 9999-12-31 is a client or typing error in every RobotPlan field (contracts, deliveries, documents,
/// windows, policies, test reports) and would otherwise be stored, or overflow in a later Asia/Shanghai or ± days
/// conversion. Added as metadata to each date model, so the field is named in the 400 and no DTO can forget it.
/// </summary>
internal sealed class BusinessDateValidationMetadataProvider : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Key.ModelType) ?? context.Key.ModelType;
        if (type == typeof(DateTime) || type == typeof(DateOnly))
            context.ValidationMetadata.ValidatorMetadata.Add(new BusinessDateAttribute());
    }
}

/// <summary>A date between 1900-01-01 and 2100-12-31 (null passes: Required says whether one is needed).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class BusinessDateAttribute : ValidationAttribute
{
    public static readonly DateTime Earliest = new(1900, 1, 1);
    public static readonly DateTime Latest = new(2100, 12, 31, 23, 59, 59);

    public BusinessDateAttribute() => ErrorMessage = "Validation:BusinessDate";

    public override bool IsValid(object? value) => value switch
    {
        DateTime d => d >= Earliest && d <= Latest,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue) >= Earliest && d.ToDateTime(TimeOnly.MinValue) <= Latest,
        _ => true,
    };
}
