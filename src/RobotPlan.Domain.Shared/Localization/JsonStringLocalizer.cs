using Microsoft.Extensions.Localization;

namespace RobotPlan.Localization;

/// <summary>IStringLocalizer over the JSON text files, for the current UI culture.</summary>
public sealed class JsonStringLocalizer(JsonLocalizationStore store) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = store.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        store.All(CultureInfo.CurrentUICulture).Select(t => new LocalizedString(t.Key, t.Value));
}

/// <summary>Every resource type shares the one RobotPlan text set (there is only one resource).</summary>
public sealed class JsonStringLocalizerFactory(JsonLocalizationStore store) : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer = new(store);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
