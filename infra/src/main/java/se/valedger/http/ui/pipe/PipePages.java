package se.valedger.http.ui.pipe;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.valedger.app.ReadYourWrites;
import java.util.Optional;
import se.valedger.kernel.NotFound;
import se.valedger.pipe.FindSimilarPipeId;
import se.valedger.pipe.SimilarPipeId;
import se.valedger.pipe.FindPipe;
import se.valedger.pipe.PipeSummary;

/** One pipe's page: its current state. After a change it waits for the register to show it. */
@Controller
class PipePages {

    static final String REGISTER = "pipe-register";

    private final QueryGateway queryGateway;
    private final ReadYourWrites readYourWrites;

    PipePages(QueryGateway queryGateway, ReadYourWrites readYourWrites) {
        this.queryGateway = queryGateway;
        this.readYourWrites = readYourWrites;
    }

    @GetMapping("/pipes/{id}")
    String pipe(@PathVariable String id, @RequestParam(required = false) Long minPosition,
                @RequestParam(required = false) String saved, Model model) {
        boolean upToDate = readYourWrites.await(REGISTER, minPosition);
        model.addAttribute("pipe", find(queryGateway, id));
        model.addAttribute("behind", !upToDate);
        model.addAttribute("saved", saved);
        return "pipes/pipe";
    }

    static PipeSummary find(QueryGateway queryGateway, String id) {
        return queryGateway.query(new FindPipe(id), ResponseTypes.optionalInstanceOf(PipeSummary.class)).join()
                .orElseThrow(() -> new NotFound("No pipe with id " + id + " is registered" + Optional.ofNullable(
                        queryGateway.query(new FindSimilarPipeId(id), SimilarPipeId.class).join().pipeId())
                        .map(similar -> "; did you mean " + similar + "?").orElse("")));
    }
}
