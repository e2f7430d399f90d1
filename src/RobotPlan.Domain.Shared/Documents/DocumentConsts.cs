namespace RobotPlan.Documents;

public static class DocumentConsts
{
    /// <summary>20 Crockford base-32 characters: 100 random bits, beyond guessing (issue 17 asks ≥ 80).</summary>
    public const int CodeLength = 20;
    public const int SubjectKeyMaxLength = 64;
    public const int TitleMaxLength = 256;
    public const int FingerprintLength = 64;
}

/// <summary>Document error codes, beside the feature; texts in Documents.*.json.</summary>
public static class DocumentErrorCodes
{
    /// <summary>A decision letter exists only once the file is decided (listed or rejected) or the award approved.</summary>
    public const string NotDecided = "RobotPlan:Document.NotDecided";
}
