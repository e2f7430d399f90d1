namespace RobotPlan.Web.Hosting;

/// <summary>
/// Validation messages name a field the way the user reads it ("统一社会信用代码 为必填项", not "Uscc 为必填项"):
/// a property's display name is the text "Field:{Property}" when the JSON files define one.
/// </summary>
internal sealed class LocalizedDisplayNameProvider(JsonLocalizationStore texts) : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.Name is not { } property || context.DisplayMetadata.DisplayName is not null) return;
        var key = "Field:" + property;
        context.DisplayMetadata.DisplayName = () =>
            texts.Find(key, System.Globalization.CultureInfo.CurrentUICulture) ?? property;
    }
}
