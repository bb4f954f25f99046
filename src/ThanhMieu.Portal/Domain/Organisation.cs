namespace ThanhMieu.Portal.Domain;

/// <summary>A body of the ward's political system (the Party committee, the People's Council, ...), with its people.</summary>
public class Organisation : ContentItem
{
    public required string Name { get; set; }

    /// <summary>The body's name on the English pages; empty until staff give one.</summary>
    public string? NameEn { get; set; }

    public string DutiesMarkdown { get; set; } = "";

    /// <summary>HTML rendered from <see cref="DutiesMarkdown"/> at save time.</summary>
    public string DutiesHtml { get; set; } = "";

    public string? DutiesEnMarkdown { get; set; }

    /// <summary>HTML rendered from <see cref="DutiesEnMarkdown"/> at save time.</summary>
    public string DutiesEnHtml { get; set; } = "";

    /// <summary>How to reach the body (an office, a line of text); empty when no source gives it.</summary>
    public string Contact { get; set; } = "";

    public int SortOrder { get; set; }

    public List<Official> Officials { get; set; } = [];
}

/// <summary>A person of a body, with the position held there; phone, email and photo only where staff give them.</summary>
public class Official : ChildRow
{
    public int OrganisationId { get; set; }

    public Organisation? Organisation { get; set; }

    public string Name { get; set; } = "";

    public string Position { get; set; } = "";

    /// <summary>The position on the English pages; empty until staff give one.</summary>
    public string? PositionEn { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>A path of the media library (/media/...); <see cref="PhotoAlt"/> is required with it.</summary>
    public string? PhotoPath { get; set; }

    public string? PhotoAlt { get; set; }

    public int SortOrder { get; set; }
}
