namespace RobotPlan.Documents;

/// <summary>What the record behind an issued document says now, whatever the document said when it was issued.</summary>
public enum DocumentLiveStatus
{
    /// <summary>The listing is Active and inside its validity; the award stands; the list is the current edition.</summary>
    Active = 1,
    Suspended = 2,
    Revoked = 3,
    Expired = 4,
    /// <summary>The catalog file was rejected (the decision letter says so; nothing else follows).</summary>
    Rejected = 5,
    /// <summary>A fraud finding was recorded on the award; the payee must repay (追回).</summary>
    ClawbackPending = 6,
    /// <summary>The award was clawed back.</summary>
    ClawedBack = 7,
    /// <summary>The public notice's window is still open.</summary>
    NoticeOpen = 8,
    NoticeEnded = 9,
    /// <summary>The year's list has changed since this edition (a listing added or changed state).</summary>
    Superseded = 10,
}
