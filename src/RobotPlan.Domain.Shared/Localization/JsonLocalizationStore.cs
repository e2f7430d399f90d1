using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace RobotPlan.Localization;

/// <summary>
/// Reads the embedded ABP-format text files (<c>{ "culture": "zh-Hans", "texts": { ... } }</c>) once.
/// zh-Hans is the default culture: a text missing in the requested culture falls back to it.
/// </summary>
public sealed class JsonLocalizationStore
{
    public const string DefaultCulture = "zh-Hans";
    public static readonly string[] SupportedCultures = [DefaultCulture, "en"];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _textsByCulture;

    public JsonLocalizationStore()
    {
        var assembly = typeof(JsonLocalizationStore).Assembly;
        // Each area has its own file per culture (Core, Admin, Enterprises ...): files of one culture are merged.
        var files = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Localization.RobotPlan.", StringComparison.Ordinal)))
        {
            var file = Read(assembly, name);
            if (!files.TryGetValue(file.Culture, out var texts)) files[file.Culture] = texts = new(StringComparer.Ordinal);
            foreach (var (key, text) in file.Texts)
            {
                if (!texts.TryAdd(key, text))
                    throw new InvalidOperationException($"Localization key {key} ({file.Culture}) is defined twice; {name} repeats it.");
            }
        }
        _textsByCulture = files.ToFrozenDictionary(f => f.Key, f => f.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<string> Cultures => _textsByCulture.Keys;

    public string? Find(string name, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (_textsByCulture.TryGetValue(c.Name, out var texts) && texts.TryGetValue(name, out var text)) return text;
        }
        return _textsByCulture.TryGetValue(DefaultCulture, out var fallback) && fallback.TryGetValue(name, out var d) ? d : null;
    }

    public IEnumerable<KeyValuePair<string, string>> All(CultureInfo culture)
    {
        var name = _textsByCulture.ContainsKey(culture.Name) ? culture.Name : culture.Parent.Name;
        return _textsByCulture.TryGetValue(name, out var texts) ? texts : _textsByCulture[DefaultCulture];
    }

    private static LocalizationFile Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        return JsonSerializer.Deserialize<LocalizationFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
               ?? throw new InvalidOperationException($"Empty localization file {resourceName}.");
    }

    private sealed record LocalizationFile(string Culture, Dictionary<string, string> Texts);
}
