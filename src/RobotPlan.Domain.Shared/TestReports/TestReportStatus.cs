namespace RobotPlan.TestReports;

/// <summary>R-4: a report is Valid, Superseded or Withdrawn; Expired once its expiry date has passed.</summary>
public enum TestReportStatus
{
    Valid = 0,
    Superseded = 1,
    Withdrawn = 2,
    Expired = 3,
}
