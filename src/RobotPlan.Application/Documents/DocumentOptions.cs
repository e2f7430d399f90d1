namespace RobotPlan.Documents;

/// <summary>Configuration section "Documents".</summary>
public sealed class DocumentOptions
{
    public const string SectionName = "Documents";

    /// <summary>
    /// The portal's public address as printed in every QR code (<c>{PublicBaseUrl}/verify/{code}</c>). A setting, not the
    /// request's host: a document outlives the node or proxy name it was downloaded through.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public string VerifyUrl(string code) => $"{PublicBaseUrl.TrimEnd('/')}/verify/{code}";
}
