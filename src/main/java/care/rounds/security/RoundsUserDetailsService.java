package care.rounds.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RoundsUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    RoundsUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.strip())
                .map(RoundsUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
