namespace ThanhMieu.Portal.Areas.Admin.Models;

/// <summary>How the content screens name an item in lists and choices.</summary>
public static class ContentLabels
{
    /// <summary>The name, followed by the "archived" note when the item is archived, so staff can tell it is hidden from residents.</summary>
    public static string WithArchivedNote(string name, bool isArchived) =>
        isArchived ? name + " " + ContentText.Content_ArchivedNote : name;
}
