package se.valedger.http.api.network;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.net.URI;
import java.time.Clock;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import se.valedger.app.CommandSender;
import se.valedger.app.Reads;
import se.valedger.app.network.NetworkSettings;
import se.valedger.app.network.ValveRegistrations;
import se.valedger.http.Answers;
import se.valedger.kernel.InvalidInput;
import se.valedger.kernel.NotFound;
import se.valedger.kernel.UtilityTime;
import se.valedger.network.FindValve;
import se.valedger.network.FindValves;
import se.valedger.network.NetworkIds;
import se.valedger.network.ValvePage;
import se.valedger.network.ValveStatus;
import se.valedger.network.ValveView;

/**
 * {@code GET/POST /api/valves}, {@code POST /api/valves/{id}/exercises}; {@code GET /api/valves?overdue=true} is the
 * crew's list of valves due for exercising, oldest first. Answers say which interval was used and whether it is the
 * ASSUMED default.
 */
@RestController
@RequestMapping("/api/valves")
class ValveController {

    static final String NETWORK = "network";

    private final CommandSender commands;
    private final Reads reads;
    private final QueryGateway queries;
    private final ValveRegistrations valves;
    private final NetworkSettings settings;
    private final Clock clock;

    ValveController(CommandSender commands, Reads reads, QueryGateway queries, ValveRegistrations valves,
                    NetworkSettings settings, Clock clock) {
        this.commands = commands;
        this.reads = reads;
        this.queries = queries;
        this.valves = valves;
        this.settings = settings;
        this.clock = clock;
    }

    /** A valve with the interval its due date was computed with. */
    record ValveAnswer(@JsonUnwrapped ValveView valve, String exerciseInterval, String exerciseIntervalAssumed) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> register(@RequestBody ValveRegistration request) {
        long position = valves.register(request.toCommand());
        URI location = UriComponentsBuilder.fromPath("/api/valves/{id}").buildAndExpand(request.id()).toUri();
        return Answers.created(location, position, Map.of("id", request.id(), "position", position));
    }

    @PostMapping("/{id}/exercises")
    @PreAuthorize("hasAnyRole('ENGINEER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> exercise(@PathVariable String id, @RequestBody ExerciseReport report) {
        long position = commands.send(report.toCommand(id), NetworkIds.valve(id));
        return Answers.accepted(position, Map.of("id", id, "position", position));
    }

    @GetMapping("/{id}")
    ResponseEntity<ValveAnswer> valve(@PathVariable String id, @RequestParam(required = false) Long minPosition) {
        Period interval = settings.valveExerciseInterval();
        return reads.answer(NETWORK, minPosition, () -> new ValveAnswer(queries
                .query(new FindValve(id, UtilityTime.today(clock), interval), ResponseTypes.optionalInstanceOf(ValveView.class))
                .join().orElseThrow(() -> new NotFound("No valve " + id)), interval.toString(), assumed()));
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> valves(@RequestParam(required = false) String pipeId,
                                               @RequestParam(required = false) ValveStatus status,
                                               @RequestParam(defaultValue = "false") boolean overdue,
                                               @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = "50") int size,
                                               @RequestParam(required = false) Long minPosition) {
        NodeController.paging(page, size);
        if (pipeId != null && pipeId.length() > 100) {
            throw new InvalidInput("pipeId", "a pipe id is at most 100 characters");
        }
        Period interval = settings.valveExerciseInterval();
        FindValves query = new FindValves(pipeId, status, overdue, UtilityTime.today(clock), interval, page, size);
        return reads.answer(NETWORK, minPosition, () -> {
            ValvePage found = queries.query(query, ValvePage.class).join();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("items", found.items());
            answer.put("total", found.total());
            answer.put("page", found.page());
            answer.put("size", found.size());
            answer.put("exerciseInterval", interval.toString());
            answer.put("exerciseIntervalAssumed", assumed());
            return answer;
        });
    }

    /** Null when the utility set the interval; else what ASSUMED means and where to set it. */
    private String assumed() {
        return settings.valveExerciseInterval().equals(Period.ofYears(3))
                ? "ASSUMED: P3Y is our default; the network manager sets valedger.network.valve-exercise-interval"
                : null;
    }
}
