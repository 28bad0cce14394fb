import ArgumentParser
import EvidenceGraph
import EvidenceGraphFHIR

/// `evg assess`: rank a patient's options with verdicts, reasons, evidence and each
/// guideline's position.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Assess a patient's treatment options against the knowledge base.",
        discussion: """
            PATIENT.xml follows Graph/schema/patient.xsd; a FHIR R4 Bundle in JSON (mCODE, told \
            apart by its content) is read too, its codes resolved through Graph/codes. With --option (repeatable, drugs joined \
            with '+', any order, INN/synonym/brand/Russian names; quote INNs with spaces: \
            --option "trastuzumab deruxtecan") it judges exactly those regimens; without it, every \
            regimen of the knowledge base with a recommendation or a trial. JSON names drugs by \
            their INN as written ("trastuzumab deruxtecan"), with the knowledge-base ids in drugIds.
            Verdicts: preferred, option, not-preferred, evidence-gap, needs-testing, not-indicated, contraindicated.
            Pictures: --format dot draws, per option, the patient's facts -> biomarker requirements -> \
            guideline recommendations -> trials (populations, outcomes), cautions and contraindications \
            in their own colours, every node linked to its source; svg lays it out with Graphviz dot \
            (Debian package graphviz); html writes one self-contained page (no network fetches) with \
            the summary, the ranked options, each option's drawing and a forest plot of its trials \
            (redirect it to a file: --format html > report.html):
              evg assess Queries/patients/founding-case.xml --option olaparib --format dot
            Example:
              evg assess Queries/patients/founding-case.xml \\
                --option everolimus+exemestane --option paclitaxel --option docetaxel \\
                --option ribociclib+fulvestrant --option doxorubicin --option olaparib
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, markdown, dot, svg, html
    }

    @Argument(help: "The patient profile (XML, or a FHIR R4 Bundle in JSON).")
    var patient: String

    @OptionGroup var graphOptions: GraphOptions

    @Option(name: .customLong("guideline"), help: ArgumentHelp("Only these guidelines' positions (repeatable): ESMO, NCCN, RU, …", valueName: "issuer"))
    var guidelines: [String] = []

    @Option(name: .customLong("option"), help: ArgumentHelp("A candidate regimen, drugs joined with '+' (repeatable).", valueName: "drug+drug"))
    var options: [String] = []

    @Option(help: "Output format: table, json, markdown, dot (the evidence drawings as Graphviz DOT), svg (laid out by Graphviz dot) or html (one self-contained report page with drawings and forest plots).")
    var format: Format = .table

    @Flag(help: "Also show interim analyses and further trial evidence.")
    var verbose = false

    @Flag(help: "Refuse to run when the graph has validation errors (dangling references, duplicate ids, …).")
    var strict = false

    func validate() throws {
        try NameLengthCheck.check(options + guidelines, what: "an --option or --guideline value")
    }

    func run() throws {
        let loaded = try GraphLoading.loadOrExit(graphOptions.graph, validatesSchema: !graphOptions.noSchema)
        try GraphLoading.checkValidity(loaded, strict: strict)
        let profile: PatientProfile
        if FHIRBundle.isBundle(atPath: patient) {
            do {
                let reading = try FHIRPatientReader(graph: loaded.graph).read(path: patient)
                for w in reading.warnings { printError("\(patient): warning: \(w)") }
                profile = reading.profile
            } catch {
                printError(error.description)
                throw EvgExit.loadFailure
            }
        } else {
            do {
                profile = try PatientFile.read(patient)
            } catch {
                for d in error.diagnostics { printError(d.description) }
                throw EvgExit.loadFailure
            }
        }
        do {
            try NameLengthCheck.check(NameLengthCheck.names(in: profile), what: "the patient file")
        } catch let error as ValidationError {
            printError("evg: \(error.message)")
            throw EvgExit.loadFailure
        }
        do {
            let knowledge = try ClinicalKnowledge(graph: loaded.graph)
            let assessment = try Assessor(knowledge: knowledge)
                .assess(profile, options: options.isEmpty ? nil : options, guidelines: guidelines.isEmpty ? nil : guidelines)
            switch format {
            case .table: print(AssessmentText.table(assessment, verbose: verbose))
            case .json: print(AssessmentJSON.text(assessment, verbose: verbose, pretty: true))
            case .markdown: print(AssessmentText.markdown(assessment, verbose: verbose))
            case .dot: print(try AssessmentDOT.text(assessment, knowledge: knowledge, patient: profile), terminator: "")
            case .svg: print(try Graphviz().svg(AssessmentDOT.text(assessment, knowledge: knowledge, patient: profile)), terminator: "")
            case .html: print(try AssessmentHTML.render(assessment, knowledge: knowledge, patient: profile), terminator: "")
            }
        } catch {
            printError("evg: \(EchoText.boundedMessage(String(describing: error)))")
            throw EvgExit.findings
        }
    }
}
