package se.valedger.http.ui.pipe;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.valedger.app.pipe.PipeTimeline;
import se.valedger.http.ui.Formats;
import se.valedger.kernel.UtilityTime;

/** A pipe's whole history (the API's history data) and the pipe "as it was on" a date (end of that day, Stockholm). */
@Controller
class PipeHistoryPages {

    private final PipeTimeline timeline;

    PipeHistoryPages(PipeTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/pipes/{id}/history")
    String history(@PathVariable String id, @RequestParam(required = false) LocalDate asOf, Model model) {
        List<Map<String, Object>> events = timeline.history(id);
        model.addAttribute("pipeId", id);
        model.addAttribute("events", events);
        model.addAttribute("asOf", asOf);
        if (asOf != null) {
            model.addAttribute("state", timeline.asOf(id, UtilityTime.startOfDay(asOf.plusDays(1))));
        }
        return "pipes/history";
    }
}
