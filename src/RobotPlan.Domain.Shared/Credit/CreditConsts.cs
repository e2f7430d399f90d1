using RobotPlan.Errors;

namespace RobotPlan.Credit;

public static class CreditConsts
{
    public const int MaxSubjectNameLength = 256;
    public const int MaxReasonLength = 1000;
    public const int MaxDocumentNumberLength = 64;
    public const int MaxSourceReferenceLength = 128;
    /// <summary>R-60's parameter: a fraud finding blacklists the payee for this many years.</summary>
    public const int DefaultFraudBlacklistYears = 3;
    /// <summary>An import file larger than this many rows is refused whole (one transaction must stay short).</summary>
    public const int MaxImportRows = 5000;
    /// <summary>Room for a mistyped code, so a wrong USCC is reported as wrong rather than as too long.</summary>
    public const int MaxSubjectUsccInputLength = 64;
    public const int MaxSubjectMatches = 20;
}

/// <summary>Credit error codes (own file so parallel branches do not collide); texts in Credit.*.json.</summary>
public static class CreditErrorCodes
{
    [OfKind(ErrorKind.Invalid)] public const string ReasonRequired = "RobotPlan:Credit.ReasonRequired";
    [OfKind(ErrorKind.Invalid)] public const string DocumentRequired = "RobotPlan:Credit.DocumentRequired";
    [OfKind(ErrorKind.Invalid)] public const string PeriodInvalid = "RobotPlan:Credit.PeriodInvalid";
    public const string AlreadyEnded = "RobotPlan:Credit.AlreadyEnded";
    [OfKind(ErrorKind.Invalid)] public const string SubjectNotFound = "RobotPlan:Credit.SubjectNotFound";
    [OfKind(ErrorKind.Invalid)] public const string SubjectRequired = "RobotPlan:Credit.SubjectRequired";
    [OfKind(ErrorKind.Invalid)] public const string SubjectUsccInvalid = "RobotPlan:Credit.SubjectUsccInvalid";
    [OfKind(ErrorKind.Invalid)] public const string SubjectUsccUnknown = "RobotPlan:Credit.SubjectUsccUnknown";
    [OfKind(ErrorKind.Invalid)] public const string ProductHasNoUscc = "RobotPlan:Credit.ProductHasNoUscc";
    [OfKind(ErrorKind.Invalid)] public const string ImportFileInvalid = "RobotPlan:Credit.ImportFileInvalid";
    public const string ImportRefused = "RobotPlan:Credit.ImportRefused";
    public const string ProductBlacklisted = "RobotPlan:Credit.ProductBlacklisted";
    [OfKind(ErrorKind.Invalid)] public const string SerialNumberRequired = "RobotPlan:Units.SerialNumberRequired";
    [OfKind(ErrorKind.Conflict)] public const string SerialNumberTaken = "RobotPlan:Units.SerialNumberTaken";
    [OfKind(ErrorKind.Invalid)] public const string DescriptionRequired = "RobotPlan:Units.DescriptionRequired";
    [OfKind(ErrorKind.Invalid)] public const string DatesInvalid = "RobotPlan:Units.DatesInvalid";
    public const string IncidentNotMajor = "RobotPlan:Units.IncidentNotMajor";
    public const string NoActiveListing = "RobotPlan:Units.NoActiveListing";
}
