namespace RobotPlan.ExpertPanels;

/// <summary>Where one drawn expert stands on a file .</summary>
public enum PanelMemberStatus
{
    /// <summary>Drawn; has not yet declared whether there is a conflict.</summary>
    Drawn = 0,
    /// <summary>Declared no conflict; may score.</summary>
    Accepted = 1,
    Scored = 2,
    /// <summary>Declared a conflict (回避); a replacement was drawn.</summary>
    Recused = 3,
}
