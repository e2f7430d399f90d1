namespace RobotPlan.Notifications.Email;

/// <summary>
/// Writes a notification as mail when it is queued. The reader's language is unknown then, so the mail carries the
/// Chinese text first and the English below it; links are made absolute with the portal's address.
/// </summary>
public sealed class EmailComposer(JsonLocalizationStore texts, IOptions<EmailOptions> options)
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public (string Subject, string Body) Compose(string textKey, IReadOnlyList<string> arguments, string? link)
    {
        var zh = Text(textKey, arguments, Chinese);
        var en = Text(textKey, arguments, English);
        var subject = $"{Text("Email:SubjectPrefix", [], Chinese)} {zh}";
        var body = link is null ? $"{zh}\n\n{en}\n" : $"{zh}\n\n{en}\n\n{AbsoluteUrl(link)}\n";
        return (subject, body);
    }

    public string Text(string key, IReadOnlyList<string> arguments, CultureInfo culture)
    {
        var format = texts.Find(key, culture) ?? key;
        return arguments.Count == 0 ? format : string.Format(culture, format, [.. arguments]);
    }

    public string AbsoluteUrl(string path) => options.Value.PublicBaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
}
