package se.valedger.http.ui.network;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.valedger.app.CommandSender;
import se.valedger.app.ReadYourWrites;
import se.valedger.app.network.NetworkSettings;
import se.valedger.http.ui.forms.FormActions;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.UtilityTime;
import se.valedger.network.ExerciseOutcome;
import se.valedger.network.FindValve;
import se.valedger.network.FindValves;
import se.valedger.network.NetworkIds;
import se.valedger.network.RecordValveExercise;
import se.valedger.network.ValvePage;
import se.valedger.network.ValveView;

/** The crew's valve screens: a valve with its exercising history and form, and the list of valves due. */
@Controller
@PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN', 'PLANNER', 'AUDITOR')")
class ValvePages {

    static final String NETWORK = "network";

    private final QueryGateway queries;
    private final CommandSender commands;
    private final FormActions forms;
    private final ReadYourWrites readYourWrites;
    private final NetworkSettings settings;
    private final Clock clock;

    ValvePages(QueryGateway queries, CommandSender commands, FormActions forms, ReadYourWrites readYourWrites,
               NetworkSettings settings, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.forms = forms;
        this.readYourWrites = readYourWrites;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/valves/overdue")
    String overdue(@RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate today = UtilityTime.today(clock);
        model.addAttribute("valves", queries.query(new FindValves(null, null, true, today, settings.valveExerciseInterval(),
                Math.max(page, 0), 100), ValvePage.class).join());
        interval(model);
        return "network/overdue";
    }

    @GetMapping("/valves/{id}")
    String valve(@PathVariable String id, @RequestParam(required = false) Long minPosition, Model model) {
        boolean upToDate = readYourWrites.await(NETWORK, minPosition);
        ValveView valve = queries.query(new FindValve(id, UtilityTime.today(clock), settings.valveExerciseInterval()),
                ResponseTypes.optionalInstanceOf(ValveView.class)).join().orElseThrow(() -> new NotFound("No valve " + id));
        model.addAttribute("valve", valve);
        model.addAttribute("behind", !upToDate);
        model.addAttribute("outcomes", ExerciseOutcome.values());
        model.addAttribute("today", UtilityTime.today(clock).toString());
        interval(model);
        return "network/valve";
    }

    @PostMapping("/valves/{id}/exercises")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    String exercise(@PathVariable String id, @RequestParam(required = false) String date,
                    @RequestParam(required = false) Integer turns, @RequestParam(required = false) ExerciseOutcome outcome,
                    @RequestParam(required = false) String note, @RequestParam(required = false) String crew,
                    @RequestParam String idempotencyKey, Authentication user, RedirectAttributes flash) {
        String back = "/valves/" + id;
        return forms.run(user, idempotencyKey, back, () -> commands.send(new RecordValveExercise(id, day(date), turns,
                outcome, note, crew), NetworkIds.valve(id)), p -> back + "?minPosition=" + p, flash);
    }

    private void interval(Model model) {
        model.addAttribute("interval", settings.valveExerciseInterval().toString());
        model.addAttribute("intervalAssumed", settings.valveExerciseInterval().equals(java.time.Period.ofYears(3)));
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("date", "'" + text + "' is not a date");
        }
    }
}
