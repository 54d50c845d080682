export * from '../features/areas/areas.table';
export * from '../features/organisations/organisations.table';
export * from '../features/people/people.table';
export * from '../features/programmes/programmes.table';
export * from '../features/users/users.table';
export * from '../features/auth/auth.table';
export * from '../features/audit/audit.table';
