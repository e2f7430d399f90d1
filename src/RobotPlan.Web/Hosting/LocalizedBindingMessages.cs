namespace RobotPlan.Web.Hosting;

/// <summary>
/// Issue #16 item 3: the messages model binding writes before any validation attribute runs (ASP.NET's "The value ''
/// is invalid.", "The value 'abc' is not valid for Budget.") in the request's language, naming the field as its label
/// does ("Field:{Property}", as <see cref="LocalizedDisplayNameProvider"/>). Each property's metadata holds its own
/// copy of the message provider, so the field is known even to the accessors ASP.NET gives only the value.
/// </summary>
internal sealed class LocalizedBindingMessages(JsonLocalizationStore texts) : IBindingMetadataProvider
{
    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        if (context.BindingMetadata.ModelBindingMessageProvider is not DefaultModelBindingMessageProvider messages) return;
        var property = context.Key.Name;
        string Field() => property is null ? Text("ThisField") : texts.Find("Field:" + property, CultureInfo.CurrentUICulture) ?? property;

        messages.SetAttemptedValueIsInvalidAccessor((value, _) => Text("ValueNotValidFor", value, Field()));
        messages.SetMissingBindRequiredValueAccessor(_ => Text("MissingFor", Field()));
        messages.SetMissingKeyOrValueAccessor(() => Text("MissingFor", Field()));
        messages.SetMissingRequestBodyRequiredValueAccessor(() => Text("MissingBody"));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => Text("ValueNotValidFor", value, Field()));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Text("ValueInvalidFor", Field()));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => Text("MustBeNumberFor", Field()));
        messages.SetUnknownValueIsInvalidAccessor(_ => Text("ValueInvalidFor", Field()));
        messages.SetValueIsInvalidAccessor(value => Text("ValueNotValidFor", value, Field()));
        messages.SetValueMustBeANumberAccessor(_ => Text("MustBeNumberFor", Field()));
        messages.SetValueMustNotBeNullAccessor(_ => Text("MissingFor", Field()));
    }

    private string Text(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, texts.Find("Binding:" + key, CultureInfo.CurrentUICulture) ?? key, args);
}
