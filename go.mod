module github.com/pmroles/pmroles

go 1.24
