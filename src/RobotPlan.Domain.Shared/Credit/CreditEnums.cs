namespace RobotPlan.Credit;

/// <summary>R-60: who a credit record is about.</summary>
public enum CreditSubjectKind
{
    Enterprise = 0,
    Product = 1,
    TestingBody = 2,
    CertificationBody = 3,
}

/// <summary>R-60: 守信表彰 / 警示 / 严重失信（黑名单）.</summary>
public enum CreditRecordKind
{
    Commendation = 0,
    Warning = 1,
    SeriousDishonesty = 2,
}

/// <summary>Pending until its effective date, InForce while it applies, Ended for good (append-only: nothing reopens).</summary>
public enum CreditRecordState
{
    Pending = 0,
    InForce = 1,
    Ended = 2,
}

/// <summary>Where a record came from: a reviewer, a fraud finding on an award, or the sharing platform's file.</summary>
public enum CreditRecordSource
{
    Manual = 0,
    FraudFinding = 1,
    SharingPlatform = 2,
}
