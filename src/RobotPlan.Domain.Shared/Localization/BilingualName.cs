namespace RobotPlan.Localization;

/// <summary>
/// Names people read that the data keeps in both languages (issue #16 item 6: districts, testing and certification
/// bodies, categories, batches, programmes): the English one when the reader's UI culture is English and an English
/// name was given, else the Chinese one. Certificates, open data and credit records keep the official Chinese names
/// whatever the reader's language, so they read <c>Name</c> directly.
/// </summary>
public static class BilingualName
{
    public static string Local(string chinese, string? english) =>
        IsEnglish && !string.IsNullOrWhiteSpace(english) ? english : chinese;

    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}
