using namespace System.Collections.Generic

enum Color {
    Red
    Green = 2
    Blue = 4
}

[Flags()] enum Permissions : byte { None = 0; Read = 1; Write = 2 }

class Shape {
    [string]$Name
    hidden [int]$Id = 1
    static [int]$Count = 0

    Shape() { [Shape]::Count++ }
    Shape([string]$name) { $this.Name = $name }

    [double] Area() { return 0 }
    [string] ToString() { return "$($this.Name): $($this.Area())" }
    static [Shape] Create([string]$name) { return [Shape]::new($name) }
}

class Circle : Shape, System.IComparable {
    [ValidateRange(0, 100)] [double]$Radius

    Circle([double]$radius) : base('circle') {
        $this.Radius = $radius
    }

    [double] Area() { return [Math]::PI * $this.Radius * $this.Radius }

    [int] CompareTo([object]$other) {
        if ($other -is [Circle]) { return $this.Radius.CompareTo($other.Radius) }
        throw [ArgumentException]::new('not a circle')
    }
}

[DscResource()]
class FileContent {
    [DscProperty(Key)] [string]$Path
    [DscProperty()] [string]$Content
    [FileContent] Get() { return $this }
    [bool] Test() { return (Test-Path $this.Path) }
    [void] Set() { Set-Content -Path $this.Path -Value $this.Content }
}

$list = [List[Shape]]::new()
$list.Add([Circle]::new(2))
