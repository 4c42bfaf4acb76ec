Configuration WebServer {
    param(
        [string[]]$ComputerName = 'localhost'
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Import-DscResource -ModuleName xWebAdministration -ModuleVersion 3.2.0

    Node $ComputerName {
        WindowsFeature IIS {
            Ensure = 'Present'
            Name   = 'Web-Server'
        }

        File WebContent {
            Ensure          = 'Present'
            DestinationPath = 'C:\inetpub\wwwroot\index.html'
            Contents        = '<h1>Hello</h1>'
            DependsOn       = '[WindowsFeature]IIS'
        }

        Script Warmup {
            GetScript  = { @{ Result = 'ok' } }
            SetScript  = { Invoke-WebRequest http://localhost -UseBasicParsing | Out-Null }
            TestScript = { $false }
        }

        foreach ($site in $AllNodes.Sites) {
            xWebsite $site.Name {
                Name         = $site.Name
                PhysicalPath = $site.Path
            }
        }
    }
}

[DscLocalConfigurationManager()]
Configuration LcmSettings {
    Node localhost {
        Settings {
            RefreshMode = 'Push'
        }
    }
}

WebServer -OutputPath C:\dsc
