using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// ASP.NET localizes a validation message only through the attribute's adapter, and has adapters for its own
/// attributes alone: our [BusinessDate] and [ChinesePhone] showed their raw key ("Validation:BusinessDate", issue #16
/// item 3). Every attribute without a framework adapter gets one that only localizes its message (no client rules).
/// </summary>
internal sealed class LocalizedAttributeAdapterProvider : IValidationAttributeAdapterProvider
{
    private readonly ValidationAttributeAdapterProvider _framework = new();

    public IAttributeAdapter? GetAttributeAdapter(ValidationAttribute attribute, IStringLocalizer? stringLocalizer) =>
        _framework.GetAttributeAdapter(attribute, stringLocalizer) ?? new MessageAdapter(attribute, stringLocalizer);

    private sealed class MessageAdapter(ValidationAttribute attribute, IStringLocalizer? localizer)
        : AttributeAdapterBase<ValidationAttribute>(attribute, localizer)
    {
        public override void AddValidation(ClientModelValidationContext context) { }

        public override string GetErrorMessage(ModelValidationContextBase validationContext) =>
            GetErrorMessage(validationContext.ModelMetadata, validationContext.ModelMetadata.GetDisplayName());
    }
}
