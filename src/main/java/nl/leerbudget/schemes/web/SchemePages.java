package nl.leerbudget.schemes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerbudget.identity.Actors;
import nl.leerbudget.ledger.AccountId;
import nl.leerbudget.ledger.Ledger;
import nl.leerbudget.register.Catalogue;
import nl.leerbudget.register.CatalogueHit;
import nl.leerbudget.register.CatalogueQuery;
import nl.leerbudget.register.OfferingId;
import nl.leerbudget.register.OfferingView;
import nl.leerbudget.register.Register;
import nl.leerbudget.schemes.AllocationMethod;
import nl.leerbudget.schemes.ApplicationRequest;
import nl.leerbudget.schemes.Assessment;
import nl.leerbudget.schemes.EducationLevel;
import nl.leerbudget.schemes.IntakeUnavailable;
import nl.leerbudget.schemes.OpenWindow;
import nl.leerbudget.schemes.Reason;
import nl.leerbudget.schemes.Scheme;
import nl.leerbudget.schemes.SchemeApplication;
import nl.leerbudget.schemes.SchemeConflict;
import nl.leerbudget.schemes.SchemeDataException;
import nl.leerbudget.schemes.SchemeWindow;
import nl.leerbudget.schemes.Schemes;
import nl.leerbudget.schemes.WindowStatus;
import nl.leerbudget.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The voucher schemes' pages in Dutch, without JavaScript: for citizens (and advisers acting for one) the open
 * application windows, "Kan ik meedoen?", applying with a receipt, and their own applications; for scheme
 * administrators the schemes, defining a new version from its text, opening a window, watching it live and closing
 * it.
 *
 * <p>A form to apply carries a request id made when the form is shown, so that sending it twice records one
 * application. After a failure that recorded nothing (a field error, a check, an intake that could not record now)
 * the form keeps its request id, so that trying again is the same request.
 */
@Controller
class SchemePages {

    /** The live view's rate of applications is taken over this period. */
    static final Duration RATE_PERIOD = Duration.ofSeconds(10);

    /** How often the live view refreshes itself, when the administrator asks it to. */
    static final int REFRESH_SECONDS = 2;

    /** The STAP budget line of the demonstration, offered as the funder of a new window. */
    static final AccountId DEMO_FUNDER = AccountId.derived("demo/funder/szw-stap");

    /** At most this many characters of scheme text, as the API ({@code POST /api/v1/schemes}). */
    static final int MAX_DEFINITION = 8_000;

    /** For an adviser who acts for no one. */
    static final String NO_APPLICANT =
            "U kunt alleen aanvragen voor iemand die u machtiging heeft gegeven, als u namens die persoon handelt.";

    private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Schemes schemes;
    private final Catalogue catalogue;
    private final Register register;
    private final Actors actors;
    private final Clock clock;

    SchemePages(Schemes schemes, Catalogue catalogue, Register register, Actors actors, Clock clock) {
        this.schemes = schemes;
        this.catalogue = catalogue;
        this.register = register;
        this.actors = actors;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- view records for the templates

    /** A window with its scheme, as the citizen's pages show it. */
    public record WindowCard(SchemeWindow window, Scheme scheme) {}

    /** One of the person's applications with the names that make it readable. */
    public record MyApplication(SchemeApplication application, String offering, String window) {}

    /** An offering to choose in the form. */
    public record Choice(String value, String label, boolean selected) {}

    /** A start date of the chosen offering, to choose from. */
    public record StartChoice(String value, String label, boolean selected) {}

    /** What the person filled in: kept when the page is shown again. */
    public record ApplicationForm(String offering, String start, String requestId, String search) {}

    /** The answer to "Kan ik meedoen?". */
    public record CheckResult(
            boolean eligible,
            @Nullable Money grantAmount,
            @Nullable Money ownContribution,
            @Nullable String explanation,
            List<Reason> reasons) {}

    /** A scheme version with the text it was defined with. */
    public record SchemeVersion(Scheme scheme, String definition) {}

    /** The administrator's form to open a window; every field as typed. */
    public record WindowForm(
            @Nullable String scheme,
            @Nullable String code,
            @Nullable String name,
            @Nullable String opensAt,
            @Nullable String closesAt,
            @Nullable String budget,
            @Nullable String allocation,
            @Nullable String seed,
            @Nullable String group,
            @Nullable String upToLevel,
            @Nullable String reserved,
            @Nullable String funder) {}

    /** An education level to choose for a target group. */
    public record LevelChoice(String value, String label) {}

    // ---------------------------------------------------------------- citizens

    @GetMapping("/regelingen")
    String windows(@RequestParam(name = "opleiding", required = false) @Nullable String offering, Model model) {
        List<WindowCard> cards = schemes.windows().stream()
                .filter(w -> w.status() != WindowStatus.CLOSED)
                .map(this::card)
                .flatMap(Optional::stream)
                .toList();
        Map<UUID, SchemeWindow> windows =
                schemes.windows().stream().collect(Collectors.toMap(SchemeWindow::id, Function.identity()));
        Map<UUID, String> offeringNames = new HashMap<>();
        List<MyApplication> mine = schemes.mine().stream()
                .map(a -> new MyApplication(
                        a,
                        offeringNames.computeIfAbsent(a.offeringId(), this::offeringName),
                        Optional.ofNullable(windows.get(a.windowId()))
                                .map(SchemeWindow::name)
                                .orElse(a.windowCode())))
                .toList();
        model.addAttribute("text", SchemeText.INSTANCE);
        model.addAttribute("cards", cards);
        model.addAttribute("mine", mine);
        model.addAttribute("actingFor", actors.current().actingFor() != null);
        model.addAttribute("applicant", actors.current().subjectPerson() != null);
        model.addAttribute("offering", uuid(offering).map(UUID::toString).orElse(null));
        return "regelingen";
    }

    /**
     * The person withdraws a grant that has not started; its money goes to the waiting list. The request id is the
     * application's own, derived, so that sending the form twice withdraws once.
     */
    @PostMapping("/regelingen/aanvragen/{applicationId}/intrekking")
    String withdraw(@PathVariable String applicationId, RedirectAttributes redirect) {
        if (actors.current().subjectPerson() == null) {
            redirect.addFlashAttribute("error", NO_APPLICANT);
            return "redirect:/regelingen";
        }
        Optional<UUID> id = uuid(applicationId);
        try {
            Optional<SchemeApplication> withdrawn = id.flatMap(i -> schemes.withdraw(i, withdrawalRequest(i)));
            if (withdrawn.isEmpty()) {
                redirect.addFlashAttribute("error", "Deze aanvraag bestaat niet.");
            } else {
                redirect.addFlashAttribute(
                        "message",
                        "U hebt de subsidie met ontvangstnummer "
                                + withdrawn.get().receiptNumber()
                                + " ingetrokken. Het geld gaat naar wie op de wachtlijst staat.");
            }
        } catch (SchemeConflict e) {
            redirect.addFlashAttribute(
                    "error",
                    "Deze subsidie kan niet meer worden ingetrokken: de opleider heeft uw start al doorgegeven, of"
                            + " de subsidie is al beëindigd.");
        }
        return "redirect:/regelingen";
    }

    /** The request id of withdrawing one application through the page: the same for every try. */
    static UUID withdrawalRequest(UUID applicationId) {
        return UUID.nameUUIDFromBytes(("regelingen/intrekking/" + applicationId).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/regelingen/{windowId}")
    String window(
            @PathVariable String windowId,
            @RequestParam(name = "opleiding", required = false) @Nullable String offering,
            @RequestParam(name = "zoek", required = false) @Nullable String search,
            @RequestParam(name = "ontvangst", required = false) @Nullable String receipt,
            Model model,
            HttpServletResponse response) {
        Optional<WindowCard> card = uuid(windowId).flatMap(schemes::window).flatMap(this::card);
        if (card.isEmpty()) {
            return notFound(model, response);
        }
        if (receipt != null) {
            Optional<SchemeApplication> application = uuid(receipt)
                    .flatMap(schemes::application)
                    .filter(a -> a.windowId().equals(card.get().window().id()));
            if (application.isEmpty()) {
                return notFound(model, response);
            }
            return receipt(card.get(), application.get(), model);
        }
        ApplicationForm form = new ApplicationForm(
                uuid(offering).map(UUID::toString).orElse(""),
                "",
                UUID.randomUUID().toString(),
                searchText(search));
        return applicationPage(card.get(), form, Map.of(), null, model);
    }

    /**
     * "Kan ik meedoen?" ({@code actie=controleren}, also when the form is sent with the Enter key) or "Aanvragen"
     * ({@code actie=aanvragen}). An application leads to its receipt (post, redirect, get), so that reloading the
     * receipt sends nothing again.
     */
    @PostMapping("/regelingen/{windowId}")
    String checkOrApply(
            @PathVariable String windowId,
            @RequestParam(name = "opleiding", required = false) @Nullable String offering,
            @RequestParam(name = "start", required = false) @Nullable String start,
            @RequestParam(name = "aanvraag", required = false) @Nullable String requestId,
            @RequestParam(name = "zoek", required = false) @Nullable String search,
            @RequestParam(name = "actie", required = false) @Nullable String action,
            Model model,
            HttpServletResponse response) {
        Optional<WindowCard> found = uuid(windowId).flatMap(schemes::window).flatMap(this::card);
        if (found.isEmpty()) {
            return notFound(model, response);
        }
        WindowCard card = found.get();
        UUID window = card.window().id();
        boolean apply = "aanvragen".equals(action);
        Optional<UUID> request = uuid(requestId);
        ApplicationForm form = new ApplicationForm(
                offering == null ? "" : offering.strip(),
                start == null ? "" : start.strip(),
                request.orElseGet(UUID::randomUUID).toString(),
                searchText(search));

        Map<String, String> errors = new LinkedHashMap<>();
        if (actors.current().subjectPerson() == null) {
            errors.put("formulier", NO_APPLICANT);
            return applicationPage(card, form, errors, null, model);
        }
        Optional<UUID> offeringId = uuid(offering)
                .filter(id -> register.offering(new OfferingId(id)).isPresent());
        if (offeringId.isEmpty()) {
            errors.put(
                    "opleiding",
                    form.offering().isEmpty()
                            ? "Kies een opleiding."
                            : "Deze opleiding staat niet in het scholingsregister. Kies een andere opleiding.");
        }
        LocalDate plannedStart = null;
        if (!form.start().isEmpty() || apply) {
            plannedStart = plannedStart(form.start(), errors);
        }
        if (plannedStart != null && offeringId.isPresent()) {
            List<LocalDate> offered = startDates(offeringId.get());
            if (!offered.contains(plannedStart)) {
                errors.put(
                        "start",
                        offered.isEmpty()
                                ? "Deze opleiding heeft nog geen startdatum na vandaag. U kunt er nog niet voor aanvragen."
                                : "De opleiding begint niet op " + SchemeText.INSTANCE.date(plannedStart)
                                        + ". Kies een van de startdata van de opleiding.");
                plannedStart = null;
            }
        }
        if (apply && request.isEmpty()) {
            errors.put("formulier", "Het formulier was niet compleet. Kies uw opleiding en startdatum opnieuw.");
        }
        if (!errors.isEmpty()) {
            return applicationPage(card, form, errors, null, model);
        }
        UUID chosen = offeringId.orElseThrow();
        try {
            if (!apply) {
                CheckResult result = switch (schemes.check(window, chosen)) {
                    case Assessment.Eligible e ->
                        new CheckResult(true, e.grantAmount(), e.ownContribution(), e.explanation(), List.of());
                    case Assessment.Ineligible i -> new CheckResult(false, null, null, null, i.reasons());
                };
                return applicationPage(card, form, errors, result, model);
            }
            SchemeApplication application = schemes.apply(
                    window,
                    new ApplicationRequest(request.orElseThrow(), chosen, Objects.requireNonNull(plannedStart)));
            return "redirect:/regelingen/" + window + "?ontvangst=" + application.id();
        } catch (SchemeConflict e) {
            switch (e.kind()) {
                case "unknown-window" -> {
                    return notFound(model, response);
                }
                case "unknown-offering" ->
                    errors.put(
                            "opleiding",
                            "Deze opleiding staat niet in het scholingsregister. Kies een andere opleiding.");
                case "request-id-reused" -> {
                    errors.put(
                            "formulier",
                            "U heeft dit formulier al eerder verstuurd, met andere gegevens. Kijk bij ‘Mijn aanvragen’"
                                    + " of uw aanvraag is ontvangen. Wilt u nog iets aanvragen? Vul het formulier dan"
                                    + " opnieuw in.");
                    form = new ApplicationForm(
                            form.offering(), form.start(), UUID.randomUUID().toString(), form.search());
                }
                default -> errors.put("formulier", conflict(e, card.window()));
            }
            return applicationPage(card, form, errors, null, model);
        } catch (IntakeUnavailable e) {
            // Nothing was recorded: the same request id again is the same application, never a second one.
            errors.put(
                    "formulier",
                    "Het lukte niet om uw aanvraag nu vast te leggen. Er is nog niets vastgelegd. Probeer het zo nog"
                            + " eens: klik opnieuw op ‘Aanvragen’.");
            return applicationPage(card, form, errors, null, model);
        }
    }

    private String applicationPage(
            WindowCard card,
            ApplicationForm form,
            Map<String, String> errors,
            @Nullable CheckResult check,
            Model model) {
        model.addAttribute("text", SchemeText.INSTANCE);
        model.addAttribute("card", card);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("check", check);
        model.addAttribute("choices", choices(form.search(), form.offering()));
        model.addAttribute("starts", startChoices(form.offering(), form.start()));
        model.addAttribute("grant", grantThisYear(card).orElse(null));
        model.addAttribute("actingFor", actors.current().actingFor() != null);
        model.addAttribute("applicant", actors.current().subjectPerson() != null);
        return "regeling";
    }

    private String receipt(WindowCard card, SchemeApplication application, Model model) {
        model.addAttribute("text", SchemeText.INSTANCE);
        model.addAttribute("card", card);
        // Not "application": in templates that name is the servlet context.
        model.addAttribute("applied", application);
        model.addAttribute("offering", offeringName(application.offeringId()));
        model.addAttribute("actingFor", actors.current().actingFor() != null);
        return "regeling-ontvangst";
    }

    /** The admitted, bookable offerings of the catalogue that match the search (all, without one), newest first. */
    private List<Choice> choices(String search, String selected) {
        List<CatalogueHit> hits = catalogue
                .search(CatalogueQuery.all(1, CatalogueQuery.MAX_PAGE_SIZE).withText(search))
                .hits();
        List<Choice> choices = new ArrayList<>();
        boolean found = false;
        for (CatalogueHit hit : hits) {
            if (!hit.bookable()) {
                continue;
            }
            String value = hit.offering().value().toString();
            found |= value.equals(selected);
            choices.add(new Choice(value, hit.name() + " (" + hit.providerName() + ")", value.equals(selected)));
        }
        if (!found) {
            uuid(selected)
                    .flatMap(id -> register.offering(new OfferingId(id)))
                    .filter(OfferingView::bookable)
                    .ifPresent(o -> choices.addFirst(new Choice(
                            o.id().value().toString(), o.details().name() + " (" + o.providerName() + ")", true)));
        }
        return choices;
    }

    /** The start dates of an offering from today on: the only days an application through the page may name. */
    private List<LocalDate> startDates(UUID offering) {
        LocalDate today = today();
        return register.offering(new OfferingId(offering))
                .map(o -> o.details().startDates().stream()
                        .filter(day -> !day.isBefore(today))
                        .sorted()
                        .toList())
                .orElse(List.of());
    }

    private List<StartChoice> startChoices(String offering, String selected) {
        return uuid(offering)
                .map(id -> startDates(id).stream()
                        .map(day -> new StartChoice(
                                day.toString(),
                                SchemeText.INSTANCE.date(day),
                                day.toString().equals(selected)))
                        .toList())
                .orElse(List.of());
    }

    /**
     * The person's grant from this window's scheme in this calendar year, if any: the scheme pays once a year (rule
     * S5), so the page shows that grant instead of offering to apply again.
     */
    private Optional<MyApplication> grantThisYear(WindowCard card) {
        if (actors.current().subjectPerson() == null) {
            return Optional.empty();
        }
        int year = today().getYear();
        for (SchemeApplication a : schemes.mine()) {
            boolean grant = switch (a.status()) {
                case GRANTED, STARTED, PAID -> true;
                default -> false;
            };
            Instant decided = a.decidedAt();
            if (!grant
                    || decided == null
                    || LocalDate.ofInstant(decided, Ledger.ZONE).getYear() != year) {
                continue;
            }
            Optional<SchemeWindow> window =
                    a.windowId().equals(card.window().id()) ? Optional.of(card.window()) : schemes.window(a.windowId());
            if (window.isPresent()
                    && window.get().schemeId().equals(card.scheme().id())) {
                return Optional.of(new MyApplication(
                        a, offeringName(a.offeringId()), window.get().name()));
            }
        }
        return Optional.empty();
    }

    private @Nullable LocalDate plannedStart(String text, Map<String, String> errors) {
        if (text.isEmpty()) {
            errors.put("start", "Kies wanneer u wilt beginnen.");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put("start", "Kies een van de startdata van de opleiding.");
            return null;
        }
        if (date.isBefore(today())) {
            errors.put("start", "Kies een startdatum van vandaag of later.");
            return null;
        }
        return date;
    }

    /** A conflict with the state of the window, in words for the person applying. */
    private static String conflict(SchemeConflict e, SchemeWindow window) {
        return switch (e.kind()) {
            case "window-closed" -> "Dit aanvraagtijdvak is gesloten. U kunt hier geen aanvraag meer doen.";
            case "window-not-open" ->
                "Dit aanvraagtijdvak is nog niet open. U kunt aanvragen vanaf "
                        + SchemeText.INSTANCE.moment(window.opensAt()) + ".";
            default -> "Uw aanvraag kon niet worden verwerkt. Er is niets vastgelegd. Probeer het later nog eens.";
        };
    }

    // ---------------------------------------------------------------- administrators

    @GetMapping("/beheer/regelingen")
    String manage(Model model) {
        if (!model.containsAttribute("windowForm")) {
            model.addAttribute("windowForm", blankWindowForm());
        }
        return managePage(model);
    }

    /** A new scheme, or a new version of one, from its text. Every problem of the text is listed with its line. */
    @PostMapping("/beheer/regelingen")
    String define(
            @RequestParam(name = "definitie", required = false) @Nullable String definition,
            Model model,
            RedirectAttributes redirect) {
        String text = definition == null ? "" : definition.replace("\r\n", "\n");
        List<String> problems = new ArrayList<>();
        if (text.isBlank()) {
            problems.add("Vul de tekst van de regeling in.");
        } else if (text.length() > MAX_DEFINITION) {
            problems.add("De tekst is te lang: hoogstens " + MAX_DEFINITION + " tekens.");
        } else {
            try {
                Scheme scheme = schemes.define(text);
                redirect.addFlashAttribute(
                        "message",
                        "Regeling " + scheme.name() + " (" + scheme.id() + ", versie " + scheme.version()
                                + ") is opgeslagen.");
                return "redirect:/beheer/regelingen";
            } catch (SchemeDataException e) {
                model.addAttribute("problemsInEnglish", e.problems());
                problems.add("De tekst bevat fouten. Verbeter ze en probeer het opnieuw.");
            } catch (SchemeConflict e) {
                problems.add(
                        "scheme-version-exists".equals(e.kind())
                                ? "Deze versie van de regeling bestaat al, met een andere tekst. Een wijziging is een"
                                        + " nieuwe versie: verhoog het versienummer."
                                : "De regeling kon niet worden opgeslagen.");
            }
        }
        model.addAttribute("definition", text);
        model.addAttribute("definitionProblems", problems);
        model.addAttribute("windowForm", blankWindowForm());
        return managePage(model);
    }

    @PostMapping("/beheer/regelingen/tijdvakken")
    String open(@ModelAttribute WindowForm form, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<OpenWindow> order = order(form, errors);
        if (order.isPresent()) {
            try {
                SchemeWindow window = schemes.open(order.get());
                redirect.addFlashAttribute("message", "Tijdvak " + window.code() + " is aangemaakt.");
                return "redirect:/beheer/regelingen/tijdvakken/" + window.id();
            } catch (SchemeConflict e) {
                switch (e.kind()) {
                    case "unknown-scheme" -> errors.put("scheme", "Deze regeling bestaat niet.");
                    case "window-code-exists" -> errors.put("code", "Er is al een tijdvak met deze code.");
                    case "unknown-target-group" ->
                        errors.put(
                                "group",
                                "Deze regeling kent geen doelgroep met deze naam. Kies een hoogste diploma, of"
                                        + " gebruik een doelgroep die in de regeling staat.");
                    case "unknown-funder" ->
                        errors.put("funder", "Er is geen rekening van een financier met dit nummer.");
                    case "budget-not-available" ->
                        errors.put("budget", "De financier heeft niet genoeg geld voor dit budget.");
                    default -> errors.put("formulier", "Het tijdvak kon niet worden aangemaakt.");
                }
            }
        }
        model.addAttribute("windowForm", form);
        model.addAttribute("windowErrors", errors);
        return managePage(model);
    }

    @GetMapping("/beheer/regelingen/tijdvakken/{windowId}")
    String watch(
            @PathVariable String windowId,
            @RequestParam(name = "verversen", required = false) @Nullable String refresh,
            Model model,
            HttpServletResponse response) {
        Optional<SchemeWindow> found = uuid(windowId).flatMap(schemes::window);
        if (found.isEmpty()) {
            return notFound(model, response);
        }
        SchemeWindow window = found.get();
        long rate = schemes.applicationsPerSecond(window.id(), RATE_PERIOD);
        model.addAttribute("text", SchemeText.INSTANCE);
        model.addAttribute("window", window);
        model.addAttribute(
                "scheme",
                schemes.scheme(window.schemeId(), window.schemeVersion()).orElse(null));
        model.addAttribute("rate", SchemeText.INSTANCE.number(rate));
        model.addAttribute("ratePeriod", RATE_PERIOD.toSeconds());
        model.addAttribute("refresh", "aan".equals(refresh) ? REFRESH_SECONDS : 0);
        model.addAttribute("shownAt", SchemeText.INSTANCE.moment(clock.instant()));
        model.addAttribute(
                "closable",
                window.status() == WindowStatus.OPEN
                        || (window.status() == WindowStatus.CLOSED && window.settledAt() == null));
        return "beheer-tijdvak";
    }

    /** Closes the window now and settles it: a lottery is drawn, a first-come waiting list offered what is left. */
    @PostMapping("/beheer/regelingen/tijdvakken/{windowId}/sluiting")
    String close(
            @PathVariable String windowId,
            @RequestParam(name = "bevestigd", required = false) @Nullable String confirmed,
            RedirectAttributes redirect) {
        Optional<UUID> id = uuid(windowId);
        if (id.isEmpty() || schemes.window(id.get()).isEmpty()) {
            redirect.addFlashAttribute("error", "Dit tijdvak bestaat niet.");
            return "redirect:/beheer/regelingen";
        }
        String back = "redirect:/beheer/regelingen/tijdvakken/" + id.get();
        if (!"ja".equals(confirmed)) {
            redirect.addFlashAttribute("error", "Vink eerst aan dat u het tijdvak nu wilt sluiten.");
            return back;
        }
        try {
            SchemeWindow window = schemes.close(id.get());
            redirect.addFlashAttribute(
                    "message",
                    "Tijdvak " + window.code() + " is gesloten. "
                            + (window.allocation() == AllocationMethod.LOTTERY
                                    ? "De loting is gehouden."
                                    : "Wat er over was, is aan de wachtlijst aangeboden."));
        } catch (SchemeConflict e) {
            redirect.addFlashAttribute(
                    "error",
                    "window-not-open".equals(e.kind())
                            ? "Dit tijdvak is nog niet open. U kunt het sluiten als het open is."
                            : "Het tijdvak kon niet worden gesloten.");
        }
        return back;
    }

    private String managePage(Model model) {
        List<SchemeVersion> versions = schemes.schemes().stream()
                .map(s -> new SchemeVersion(
                        s, schemes.definition(s.id(), s.version()).orElse("")))
                .toList();
        model.addAttribute("text", SchemeText.INSTANCE);
        model.addAttribute("schemes", versions);
        model.addAttribute("windows", schemes.windows());
        model.addAttribute("levels", levels());
        if (!model.containsAttribute("windowErrors")) {
            model.addAttribute("windowErrors", Map.of());
        }
        if (!model.containsAttribute("definitionProblems")) {
            model.addAttribute("definitionProblems", List.of());
        }
        if (!model.containsAttribute("problemsInEnglish")) {
            model.addAttribute("problemsInEnglish", List.of());
        }
        if (!model.containsAttribute("definition")) {
            model.addAttribute("definition", "");
        }
        return "beheer-regelingen";
    }

    private WindowForm blankWindowForm() {
        LocalDateTime now =
                LocalDateTime.ofInstant(clock.instant(), Ledger.ZONE).truncatedTo(ChronoUnit.MINUTES);
        return new WindowForm(
                Scheme.STAP_2022,
                "",
                "",
                LOCAL_MINUTE.format(now),
                LOCAL_MINUTE.format(now.plusDays(14)),
                "",
                AllocationMethod.FIRST_COME.name(),
                "",
                "",
                "",
                "",
                DEMO_FUNDER.value().toString());
    }

    /** The order to open a window, or nothing with every field's problem in {@code errors}. */
    private Optional<OpenWindow> order(WindowForm form, Map<String, String> errors) {
        String scheme = strip(form.scheme());
        if (scheme.isEmpty()) {
            errors.put("scheme", "Kies een regeling.");
        } else if (schemes.schemes().stream().noneMatch(s -> s.id().equals(scheme))) {
            errors.put("scheme", "Deze regeling bestaat niet.");
        }
        String code = strip(form.code());
        if (!code.matches("[A-Z0-9][A-Z0-9-]{0,23}")) {
            errors.put(
                    "code",
                    code.isEmpty()
                            ? "Vul een code in."
                            : "Een code is hoogstens 24 hoofdletters, cijfers en streepjes, zoals STAP-2027-1.");
        }
        String name = strip(form.name());
        if (name.isEmpty() || name.length() > 200) {
            errors.put("name", name.isEmpty() ? "Vul een naam in." : "Een naam is hoogstens 200 tekens.");
        }
        Instant opensAt = moment(form.opensAt(), "opensAt", errors);
        Instant closesAt = moment(form.closesAt(), "closesAt", errors);
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            errors.put("closesAt", "Het tijdvak sluit na het moment waarop het opent.");
        }
        Money budget = amount(form.budget(), "budget", errors);
        AllocationMethod allocation = null;
        try {
            allocation = AllocationMethod.valueOf(strip(form.allocation()));
        } catch (IllegalArgumentException e) {
            errors.put("allocation", "Kies hoe het budget wordt verdeeld.");
        }
        Long seed = null;
        String seedText = strip(form.seed());
        if (!seedText.isEmpty()) {
            if (allocation != AllocationMethod.LOTTERY) {
                errors.put("seed", "Een lotnummer hoort alleen bij een loting. Maak dit veld leeg.");
            } else {
                try {
                    seed = Long.parseLong(seedText);
                } catch (NumberFormatException e) {
                    errors.put("seed", "Een lotnummer is een geheel getal, zoals 20270301.");
                }
            }
        }
        List<OpenWindow.TargetGroup> groups = new ArrayList<>();
        String group = strip(form.group());
        String level = strip(form.upToLevel());
        String reservedText = strip(form.reserved());
        if (!group.isEmpty() || !level.isEmpty() || !reservedText.isEmpty()) {
            if (!group.matches("[a-z][a-z0-9-]{0,39}") || group.equals("general")) {
                errors.put(
                        "group",
                        group.isEmpty()
                                ? "Vul de naam van de doelgroep in, of maak de drie velden van de doelgroep leeg."
                                : "Een doelgroep heet met kleine letters, cijfers en streepjes, zoals tot-en-met-mbo-4"
                                        + " (niet ‘general’).");
            }
            // Without a level the group is one that the scheme defines (group.<code> in its file).
            EducationLevel upTo = null;
            if (!level.isEmpty()) {
                try {
                    upTo = EducationLevel.valueOf(level);
                } catch (IllegalArgumentException e) {
                    errors.put("upToLevel", "Kies het hoogste diploma van de doelgroep.");
                }
            }
            Money reserved = amount(form.reserved(), "reserved", errors);
            if (reserved != null && budget != null && reserved.compareTo(budget) > 0) {
                errors.put("reserved", "Het deelbudget is hoogstens het hele budget.");
            }
            if (!errors.containsKey("group") && !errors.containsKey("upToLevel") && reserved != null) {
                groups.add(new OpenWindow.TargetGroup(group, upTo, reserved));
            }
        }
        Optional<UUID> funder = uuid(form.funder());
        if (funder.isEmpty()) {
            errors.put("funder", "Vul het rekeningnummer van de financier in (een UUID).");
        }
        if (!errors.isEmpty() || opensAt == null || closesAt == null || budget == null || allocation == null) {
            return Optional.empty();
        }
        return Optional.of(new OpenWindow(
                scheme, code, name, opensAt, closesAt, budget, groups, allocation, seed, funder.orElseThrow()));
    }

    /** A moment from a datetime-local field, in Dutch time. */
    private static @Nullable Instant moment(@Nullable String text, String field, Map<String, String> errors) {
        String value = strip(text);
        if (value.isEmpty()) {
            errors.put(field, "Vul een datum en tijd in.");
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(Ledger.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(field, "Vul een datum en tijd in, zoals 2027-03-01T09:00.");
            return null;
        }
    }

    /** A positive amount in euros as people type it: "100000", "100.000" or "1.250,50". */
    private static @Nullable Money amount(@Nullable String text, String field, Map<String, String> errors) {
        String value = strip(text).replace("€", "").strip();
        if (value.isEmpty()) {
            errors.put(field, "Vul een bedrag in euro's in.");
            return null;
        }
        if (!value.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?|\\d{1,15}(,\\d{1,2})?")) {
            errors.put(field, "Vul een bedrag in euro's in, zoals 100000 of 1.250,50.");
            return null;
        }
        Money amount = Money.parse(value.replace(".", "").replace(',', '.'));
        if (!amount.isPositive()) {
            errors.put(field, "Het bedrag is meer dan € 0.");
            return null;
        }
        return amount;
    }

    private static List<LevelChoice> levels() {
        List<LevelChoice> levels = new ArrayList<>();
        for (EducationLevel level : EducationLevel.values()) {
            levels.add(new LevelChoice(level.name(), level.dutch()));
        }
        return levels;
    }

    // ---------------------------------------------------------------- both

    private Optional<WindowCard> card(SchemeWindow window) {
        return schemes.scheme(window.schemeId(), window.schemeVersion()).map(scheme -> new WindowCard(window, scheme));
    }

    private String offeringName(UUID offering) {
        return register.offering(new OfferingId(offering))
                .map(o -> o.details().name())
                .orElse("Opleiding staat niet meer in het scholingsregister");
    }

    private static String notFound(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("text", SchemeText.INSTANCE);
        return "regeling-niet-gevonden";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Ledger.ZONE);
    }

    private static String searchText(@Nullable String search) {
        String text = strip(search);
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static String strip(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    /** A UUID from a form field or path, or nothing when it is not one. */
    static Optional<UUID> uuid(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
